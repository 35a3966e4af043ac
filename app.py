"""Launch the Director storyboard studio.

    python app.py [--host 127.0.0.1] [--port 7860] [--auth user:pass]
"""

from __future__ import annotations

import argparse
import sys

from director.errors import InputError, RunError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Director storyboard studio")
    parser.add_argument("--host", default="127.0.0.1",
                        help="interface to bind (default 127.0.0.1; 0.0.0.0 shares it on the network)")
    parser.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    parser.add_argument("--auth", default=None, help="user:password to require a login")
    args = parser.parse_args(argv)
    try:
        from director.studio import launch

        launch(host=args.host, port=args.port, auth=args.auth)
    except ImportError as err:
        print(f"error: the studio needs the ui extra: pip install 'director[ui]' ({err.name} missing)",
              file=sys.stderr)
        return 2
    except InputError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except RunError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
