"""Word tables for people in Spanish, French, German, Italian and Portuguese stories: speech verbs,
pronouns, articles, words that are never names, person nouns (with gender and age), animals and
machines (with their body form), and the words that carry looks. Data only; people.py reads it."""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _people(text: str) -> dict[str, tuple[str, str]]:
    """'hombre/mujer niño/niña:child joven' → {noun: (gender, age)}: a pair is male/female, one
    word has no gender of its own (its article tells), ':child' / ':old' give the age."""
    out: dict[str, tuple[str, str]] = {}
    for item in text.split():
        words, _, age = item.partition(":")
        pair = words.split("/")
        if len(pair) == 2:
            out[pair[0].lower()] = ("m", age)
            out[pair[1].lower()] = ("f", age)
        else:
            gender = ""
            if pair[0].startswith(("m=", "f=")):
                gender, pair[0] = pair[0][0], pair[0][2:]
            out[pair[0].lower()] = (gender, age)
    return out


def _forms(text: str) -> dict[str, str]:
    """'gato,gata,gatito=cat perro=dog' → {word: form}."""
    out: dict[str, str] = {}
    for item in text.split():
        words, _, form = item.partition("=")
        for word in words.split(","):
            out[word.lower()] = form
    return out


LANGUAGES: dict[str, dict] = {
    "es": {
        "speech": _split(
            "dijo dice decía digo grita gritó gritaba pregunta preguntó preguntaba responde respondió contesta "
            "contestó susurra susurró murmura murmuró exclama exclamó añade añadió repite repitió llama llamó "
            "insiste insistió suspira suspiró ordena ordenó explica explicó replica replicó advierte advirtió "
            "pide pidió anuncia anunció masculla musita balbucea balbuceó chilla chilló ríe rió"),
        "she": _split("ella"), "he": _split("él"), "they": _split("ellos ellas"),
        "articles": _split("el la los las un una unos unas"),
        "female_articles": _split("la una"), "male_articles": _split("el un"),
        "possessives": _split("su sus mi mis tu tus"),
        "titles_m": _split("señor don"), "titles_f": _split("señora señorita doña"),
        "called": ("se llama",), "named": ("llamado", "llamada", "de nombre", "apodado", "apodada"),
        "be": _split("es era fue"), "wear": _split("lleva llevaba viste vestía usa usaba tiene tenía"),
        "with": _split("con"), "and": _split("y e"), "of": _split("de del a"),
        "places_before": _split("en a de desde hacia hasta por para"),
        "old": _split("viejo vieja anciano anciana mayor canoso canosa"),
        "young": _split("joven pequeño pequeña"),
        "not_names": _split(
            "yo tú tu él ella ellos ellas nosotros nosotras vosotros usted ustedes me te se lo la le los las les "
            "nos el un una unos unas este esta estos estas ese esa eso esto aquel aquella mi mis su sus nuestro "
            "nuestra que qué quién quien cómo como dónde donde cuándo cuando cuánto por para pero y o ni si sí no "
            "nunca siempre ya aún todavía luego después antes entonces mientras aquí allí ahí allá hoy mañana ayer "
            "ahora también tampoco muy más menos nada nadie algo alguien todo todos toda todas cada otro otra hola "
            "adiós gracias vale ay oh eh bueno claro vamos mira oye espera señor señora señorita don doña lunes "
            "martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto "
            "septiembre octubre noviembre diciembre dios en de del al con sin sobre bajo tras hacia desde hasta "
            "entre durante afuera dentro fuera así sólo solo quizás quizá tal porque pues de repente al final "
            "lentamente finalmente cerca lejos arriba abajo fin capítulo"),
        "people": _people(
            "hombre/mujer chico/chica muchacho/muchacha niño/niña:child m=bebé:child m=pequeño:child "
            "pescador/pescadora panadero/panadera vecino/vecina abuelo/abuela:old anciano/anciana:old "
            "viejo/vieja:old padre/madre hermano/hermana hijo/hija:child nieto/nieta:child tío/tía "
            "primo/prima esposo/esposa m=marido rey/reina príncipe/princesa mago/bruja médico/médica "
            "doctor/doctora enfermero/enfermera maestro/maestra profesor/profesora soldado capitán "
            "marinero policía guardia cartero/cartera conductor/conductora camarero/camarera "
            "cocinero/cocinera campesino/campesina pastor/pastora viajero/viajera desconocido/desconocida "
            "extraño/extraña forastero/forastera dueño/dueña ladrón/ladrona guardián/guardiana jefe/jefa "
            "joven m=monje f=monja m=cura m=sacerdote vendedor/vendedora tendero/tendera mendigo/mendiga "
            "repartidor/repartidora piloto detective alcalde/alcaldesa granjero/granjera carpintero/carpintera "
            "herrero/herrera cazador/cazadora jardinero/jardinera revisor/revisora inspector/inspectora estudiante "
            "chófer taxista periodista artista turista guía"),
        "animals": _forms(
            "gato,gata,gatito,gatita=cat "
            "perro,perra,perrito,perrita,cachorro,galgo,galga,mastín,chucho,podenco,caniche=dog "
            "caballo,yegua,potro,potra,burro,burra,"
            "asno,mula,mulo,poni=horse pájaro,pajarito,ave,paloma,gaviota,loro,gorrión=bird zorro,zorra=fox "
            "lobo,loba=wolf "
            "oso,osa=bear conejo,liebre=rabbit ratón,rata=mouse ciervo,venado=deer vaca,toro,buey=cow "
            "cerdo=pig oveja,cordero=sheep cabra=goat pez=fish dragón=dragon mono=monkey león,leona=lion "
            "tigre=tiger búho,lechuza=owl cuervo=crow rana,sapo=frog serpiente=snake tortuga=turtle pato=duck "
            "gallina,gallo,pollito=chicken elefante=elephant robot,androide,autómata,dron=robot "
            "monstruo,fantasma,hada,gigante,duende,bestia,criatura=creature"),
    },
    "fr": {
        "speech": _split(
            "dit disait demande demanda demandait crie cria criait répond répondit répondait murmure murmura "
            "souffle souffla chuchote chuchota s'exclame s'exclama exclame ajoute ajouta lance lança répète "
            "répéta insiste insista soupire soupira explique expliqua réplique répliqua ordonne ordonna annonce "
            "annonça hurle hurla appelle appela marmonne marmonna bégaie rit reprend reprit"),
        "she": _split("elle"), "he": _split("il"), "they": _split("ils elles"),
        "articles": _split("le la les l' un une des du"),
        "female_articles": _split("la une"), "male_articles": _split("le un"),
        "possessives": _split("son sa ses mon ma mes ton ta tes"),
        "titles_m": _split("monsieur"), "titles_f": _split("madame mademoiselle"),
        "called": ("s'appelle",),
        "named": ("appelé", "appelée", "nommé", "nommée", "du nom de", "surnommé", "surnommée"),
        "be": _split("est était fut"), "wear": _split("porte portait a avait"),
        "with": _split("avec en aux"), "and": _split("et"), "of": _split("à au aux de du"),
        "places_before": _split("à au aux en dans de d depuis vers jusqu'à chez par pour"),
        "old": _split("vieux vieil vieille âgé âgée"),
        "young": _split("jeune petit petite"),
        "not_names": _split(
            "je tu il elle on nous vous ils elles moi toi lui eux me te se le la les l un une des du de au aux ce "
            "cet cette ces mon ma mes ton ta tes son sa ses notre votre leur leurs qui que quoi où quand comment "
            "pourquoi et ou mais donc or ni car si oui non ne pas jamais toujours déjà encore puis ensuite alors "
            "avant après ici là aujourd'hui demain hier maintenant aussi très plus moins rien personne quelqu'un "
            "tout tous toute toutes chaque autre bonjour bonsoir salut merci adieu oh ah eh hé bon bien allez "
            "voilà voici tiens regarde attends monsieur madame mademoiselle messieurs lundi mardi mercredi jeudi "
            "vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre "
            "novembre décembre dieu dans sur sous avec sans pour par vers chez entre pendant dehors dedans "
            "soudain enfin peut-être lentement près loin fin chapitre c'est"),
        "people": _people(
            "homme/femme garçon:child f=fille:child enfant:child bébé:child gamin/gamine:child "
            "petit-fils/petite-fille:child m=fils:child vieillard:old vieux/vieille:old grand-père/grand-mère:old "
            "boulanger/boulangère pêcheur/pêcheuse voisin/voisine père/mère frère/sœur oncle/tante "
            "cousin/cousine m=mari f=épouse roi/reine prince/princesse sorcier/sorcière médecin docteur "
            "infirmier/infirmière maître/maîtresse professeur soldat capitaine marin policier/policière "
            "gendarme facteur/factrice chauffeur serveur/serveuse cuisinier/cuisinière paysan/paysanne "
            "berger/bergère voyageur/voyageuse inconnu/inconnue étranger/étrangère patron/patronne "
            "voleur/voleuse gardien/gardienne jeune m=moine f=religieuse m=prêtre marchand/marchande "
            "mendiant/mendiante livreur/livreuse pilote détective maire fermier/fermière menuisier forgeron "
            "chasseur/chasseuse jardinier/jardinière contrôleur/contrôleuse inspecteur/inspectrice "
            "étudiant/étudiante f=dame m=monsieur chauffeur journaliste artiste touriste guide"),
        "animals": _forms(
            "chat,chatte,chaton=cat chien,chienne,chiot,caniche,clébard,toutou,lévrier=dog "
            "cheval,jument,poney,âne,ânesse,poulain,pouliche,mule,mulet=horse "
            "oiseau,pigeon,mouette,colombe,moineau,perroquet=bird renard=fox loup,louve=wolf ours=bear "
            "lapin,lièvre=rabbit souris,rat=mouse cerf,biche=deer vache,taureau,bœuf=cow cochon=pig "
            "mouton,brebis,agneau=sheep chèvre=goat poisson=fish dragon=dragon singe=monkey lion,lionne=lion "
            "tigre=tiger hibou,chouette=owl corbeau=crow grenouille,crapaud=frog serpent=snake tortue=turtle "
            "canard=duck poule,coq,poussin=chicken éléphant=elephant robot,androïde,automate,drone=robot "
            "monstre,fantôme,fée,géant,lutin,bête,créature=creature"),
    },
    "de": {
        "speech": _split(
            "sagt sagte fragt fragte ruft rief antwortet antwortete flüstert flüsterte murmelt murmelte schreit "
            "schrie meint meinte erwidert erwiderte erklärt erklärte brüllt brüllte seufzt seufzte lacht lachte "
            "wiederholt wiederholte befiehlt befahl entgegnet entgegnete zischt zischte stammelt stammelte "
            "knurrt knurrte bittet bat warnt warnte fügt fügte"),
        "she": _split("sie"), "he": _split("er"), "they": (),
        "articles": _split("der die das den dem des ein eine einen einem einer eines"),
        "female_articles": _split("eine"), "male_articles": _split("einen"),
        "possessives": _split("sein seine seinen seinem ihr ihre ihren ihrem mein meine dein deine"),
        "titles_m": _split("herr"), "titles_f": _split("frau fräulein"),
        "called": ("heißt",), "named": ("namens", "genannt", "mit Namen"),
        "be": _split("ist war"), "wear": _split("trägt trug hat hatte"),
        "with": ("mit", "in einem", "in einer"), "and": _split("und"), "of": ("mit",),
        "places_before": _split("in im an am auf nach aus von vom zu zum zur bei beim durch über unter"),
        "old": _split("alt alte alter alten altes greise"),
        "young": _split("jung junge junger jungen kleine kleiner"),
        "not_names": _split(
            "ich du er sie es wir ihr mich dich sich ihn ihm ihnen uns euch der die das den dem des ein eine "
            "einen einem einer eines kein keine mein meine dein deine sein seine ihre unser euer dieser diese "
            "dieses jener wer was wo wann wie warum und oder aber denn doch sondern wenn als ob dass weil ja "
            "nein nicht nie immer schon noch dann danach vorher hier dort da heute morgen gestern jetzt auch "
            "sehr mehr nichts niemand jemand alles alle jeder jede andere hallo tschüss danke bitte ach oh na "
            "gut also los komm schau warte herr frau fräulein montag dienstag mittwoch donnerstag freitag "
            "samstag sonntag januar februar märz april mai juni juli august september oktober november dezember "
            "gott in im an am auf unter über mit ohne für durch nach vor hinter neben zwischen bei beim zum zur "
            "vom aus plötzlich endlich vielleicht draußen drinnen langsam später dann ende kapitel"),
        "people": _people(
            "Mann/Frau Junge/Mädchen:child Kind:child Baby:child Enkel/Enkelin:child Sohn/Tochter:child "
            "Greis/Greisin:old Großvater/Großmutter:old Opa/Oma:old Vater/Mutter Bruder/Schwester Onkel/Tante "
            "Bäcker/Bäckerin Fischer/Fischerin Nachbar/Nachbarin König/Königin Prinz/Prinzessin Zauberer/Hexe "
            "Arzt/Ärztin f=Krankenschwester Lehrer/Lehrerin Soldat/Soldatin Kapitän/Kapitänin m=Matrose "
            "Polizist/Polizistin Wächter/Wächterin Briefträger/Briefträgerin Fahrer/Fahrerin Kellner/Kellnerin "
            "Koch/Köchin Bauer/Bäuerin Hirte/Hirtin Reisende Fremde Wirt/Wirtin Dieb/Diebin Mönch/Nonne "
            "m=Pfarrer m=Priester Händler/Händlerin Bettler/Bettlerin Bote/Botin Pilot/Pilotin "
            "Detektiv/Detektivin Bürgermeister/Bürgermeisterin m=Schmied Student/Studentin m=Bursche "
            "Herr/Dame Alte:old Lieferant/Lieferantin Gast Freund/Freundin Postbote/Postbotin "
            "Jäger/Jägerin Gärtner/Gärtnerin Schaffner/Schaffnerin Förster/Försterin Kontrolleur/Kontrolleurin "
            "Inspektor/Inspektorin"),
        "animals": _forms(
            "katze,kater,kätzchen=cat hund,hündin,welpe,dackel,pudel,schäferhund,köter,windhund,terrier=dog "
            "pferd,stute,pony,esel,eselin,fohlen,hengst,gaul,maultier=horse "
            "vogel,taube,möwe,spatz,papagei=bird fuchs=fox wolf=wolf bär=bear hase,kaninchen=rabbit "
            "maus,ratte=mouse hirsch,reh=deer kuh,stier,ochse=cow schwein=pig schaf,lamm=sheep ziege=goat "
            "fisch=fish drache=dragon affe=monkey löwe,löwin=lion tiger=tiger eule=owl rabe,krähe=crow "
            "frosch,kröte=frog schlange=snake schildkröte=turtle ente=duck huhn,henne,hahn,küken=chicken "
            "elefant=elephant roboter,android,automat,drohne=robot monster,gespenst,geist,fee,riese,zwerg,"
            "wesen,ungeheuer=creature"),
    },
    "it": {
        "speech": _split(
            "dice disse diceva chiede chiese domanda domandò grida gridò risponde rispose sussurra sussurrò "
            "mormora mormorò esclama esclamò aggiunge aggiunse ripete ripeté urla urlò chiama chiamò sospira "
            "sospirò spiega spiegò replica replicò ordina ordinò annuncia annunciò borbotta borbottò ride rise "
            "insiste insistette"),
        "she": _split("lei ella"), "he": _split("lui egli"), "they": _split("loro"),
        "articles": _split("il lo la l' i gli le un uno una un'"),
        "female_articles": _split("la una"), "male_articles": _split("il lo un uno"),
        "possessives": _split("suo sua suoi sue mio mia tuo tua"),
        "titles_m": _split("signor signore"), "titles_f": _split("signora signorina"),
        "called": ("si chiama",),
        "named": ("chiamato", "chiamata", "di nome", "detto", "detta", "soprannominato", "soprannominata"),
        "be": _split("è era fu"), "wear": _split("indossa indossava porta portava ha aveva"),
        "with": _split("con"), "and": _split("e ed"), "of": _split("di da dal dalla dai a"),
        "places_before": _split("a in di da verso fino per su nel nella al alla"),
        "old": _split("vecchio vecchia anziano anziana"),
        "young": _split("giovane piccolo piccola"),
        "not_names": _split(
            "io tu lui lei egli ella noi voi loro mi ti si ci vi lo la li le gli il i un uno una del della dello "
            "dei degli delle al alla nel nella questo questa quello quella mio mia tuo tua suo sua nostro vostro "
            "che chi cosa dove quando come perché e o ma però quindi se sì no non mai sempre già ancora poi "
            "dopo prima allora qui qua lì là oggi domani ieri adesso ora anche molto più meno niente nessuno "
            "qualcuno tutto tutti ogni altro altra ciao grazie addio ah oh eh beh bene dai ecco guarda aspetta "
            "signore signora signorina lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio "
            "febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre dio in di "
            "da a con su per tra fra verso senza sotto sopra dentro fuori improvvisamente finalmente forse "
            "lentamente vicino lontano fine capitolo"),
        "people": _people(
            "uomo/donna ragazzo/ragazza bambino/bambina:child bimbo/bimba:child m=neonato:child nipote:child "
            "figlio/figlia:child vecchio/vecchia:old anziano/anziana:old nonno/nonna:old padre/madre "
            "fratello/sorella zio/zia cugino/cugina m=marito f=moglie pescatore/pescatrice fornaio/fornaia "
            "panettiere/panettiera vicino/vicina re/regina principe/principessa mago/strega medico "
            "dottore/dottoressa infermiere/infermiera maestro/maestra professore/professoressa soldato "
            "capitano marinaio poliziotto/poliziotta guardia postino/postina autista cameriere/cameriera "
            "cuoco/cuoca contadino/contadina pastore/pastora viaggiatore/viaggiatrice sconosciuto/sconosciuta "
            "straniero/straniera padrone/padrona ladro/ladra custode giovane monaco/suora m=prete mercante "
            "mendicante fattorino cacciatore/cacciatrice giardiniere/giardiniera controllore ispettore/ispettrice "
            "pilota detective sindaco fabbro studente/studentessa signore/signora "
            "giornalista artista turista guida"),
        "animals": _forms(
            "gatto,gatta,gattino,micio=cat "
            "cane,cagna,cagnolino,cucciolo,bastardino,levriero,barboncino,cagnetta=dog "
            "cavallo,cavalla,giumenta,puledro,puledra,asino,asina,"
            "mulo,stallone,pony=horse uccello,uccellino,piccione,colomba,gabbiano,passero,pappagallo=bird volpe=fox "
            "lupo,lupa=wolf orso=bear coniglio,lepre=rabbit topo,ratto=mouse cervo=deer mucca,toro,bue=cow "
            "maiale=pig pecora,agnello=sheep capra=goat pesce=fish drago=dragon scimmia=monkey "
            "leone,leonessa=lion tigre=tiger gufo,civetta=owl corvo=crow rana,rospo=frog serpente=snake "
            "tartaruga=turtle anatra=duck gallina,gallo,pulcino=chicken elefante=elephant "
            "robot,androide,automa,drone=robot mostro,fantasma,fata,gigante,folletto,bestia,creatura=creature"),
    },
    "pt": {
        "speech": _split(
            "diz disse dizia pergunta perguntou grita gritou responde respondeu sussurra sussurrou murmura "
            "murmurou exclama exclamou acrescenta acrescentou repete repetiu chama chamou suspira suspirou "
            "explica explicou replica replicou ordena ordenou anuncia anunciou resmunga resmungou ri riu "
            "insiste insistiu berra berrou pede pediu"),
        "she": _split("ela"), "he": _split("ele"), "they": _split("eles elas"),
        "articles": _split("o a os as um uma uns umas"),
        "female_articles": _split("uma"), "male_articles": _split("um"),
        "possessives": _split("seu sua seus suas meu minha teu tua"),
        "titles_m": _split("senhor seu dom"), "titles_f": _split("senhora dona"),
        "called": ("chama-se", "se chama"), "named": ("chamado", "chamada", "de nome", "apelidado", "apelidada"),
        "be": _split("é era foi"), "wear": _split("veste vestia usa usava traz trazia tem tinha"),
        "with": _split("com"), "and": _split("e"), "of": _split("de do da dos das"),
        "places_before": _split("em no na nos nas a ao à de do da para até por pelo pela"),
        "old": _split("velho velha idoso idosa"),
        "young": _split("jovem pequeno pequena"),
        "not_names": _split(
            "eu tu você ele ela nós vós vocês eles elas me te se o a os as lhe lhes nos um uma uns umas este "
            "esta esse essa isso isto aquele aquela meu minha teu tua seu sua nosso nossa que quem quê onde "
            "quando como porque porquê e ou mas nem se sim não nunca sempre já ainda depois antes então aqui "
            "ali lá hoje amanhã ontem agora também muito mais menos nada ninguém alguém tudo todos cada outro "
            "outra olá oi adeus obrigado obrigada ah oh eh bem bom vamos olha espera senhor senhora dona dom "
            "domingo sábado janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro "
            "dezembro deus em no na nos nas de do da dos das ao à com sem sobre sob para por pelo pela até "
            "entre durante dentro fora finalmente talvez devagar perto longe fim capítulo"),
        "people": _people(
            "homem/mulher rapaz/rapariga moço/moça menino/menina:child criança:child bebê:child bebé:child "
            "neto/neta:child filho/filha:child velho/velha:old idoso/idosa:old avô/avó:old pai/mãe "
            "irmão/irmã tio/tia primo/prima m=marido f=esposa pescador/pescadora padeiro/padeira "
            "vizinho/vizinha rei/rainha príncipe/princesa mago/bruxa médico/médica doutor/doutora "
            "enfermeiro/enfermeira professor/professora soldado capitão marinheiro policial guarda "
            "carteiro/carteira motorista garçom/garçonete cozinheiro/cozinheira camponês/camponesa "
            "pastor/pastora viajante desconhecido/desconhecida estranho/estranha estrangeiro/estrangeira "
            "dono/dona ladrão/ladra guardião/guardiã jovem monge/freira m=padre vendedor/vendedora "
            "mendigo/mendiga entregador/entregadora piloto detetive prefeito/prefeita fazendeiro/fazendeira "
            "ferreiro caçador/caçadora jardineiro/jardineira cobrador/cobradora fiscal inspetor/inspetora "
            "estudante senhor/senhora jornalista artista turista guia"),
        "animals": _forms(
            "gato,gata,gatinho,gatinha=cat "
            "cão,cachorro,cadela,cachorrinho,vira-lata,cachorra,galgo,perdigueiro,poodle=dog "
            "cavalo,égua,potro,potra,burro,jumento,mula,"
            "pônei=horse pássaro,passarinho,ave,pombo,gaivota,papagaio,pardal=bird raposa=fox lobo,loba=wolf "
            "urso=bear coelho,lebre=rabbit rato=mouse veado=deer vaca,touro,boi=cow porco=pig "
            "ovelha,cordeiro=sheep cabra=goat peixe=fish dragão=dragon macaco=monkey leão,leoa=lion "
            "tigre=tiger coruja=owl corvo=crow sapo,rã=frog cobra,serpente=snake tartaruga=turtle pato=duck "
            "galinha,galo,pintinho=chicken elefante=elephant robô,robot,andróide,androide,autômato,drone=robot "
            "monstro,fantasma,fada,gigante,duende,fera,criatura=creature"),
    },
}

# Kin words that say who someone named is ("su nieto Tomás", "sa fille Léa", "seine Tochter Mia").
KIN: dict[str, tuple[str, ...]] = {
    "es": _split("nieto nieta hijo hija hermano hermana padre madre abuelo abuela tío tía primo prima "
                 "esposo esposa marido mujer amigo amiga vecino vecina sobrino sobrina"),
    "fr": _split("petit-fils petite-fille fils fille frère sœur père mère grand-père grand-mère oncle tante "
                 "cousin cousine mari femme ami amie voisin voisine neveu nièce"),
    "de": _split("Enkel Enkelin Sohn Tochter Bruder Schwester Vater Mutter Großvater Großmutter Opa Oma "
                 "Onkel Tante Cousin Cousine Mann Frau Freund Freundin Nachbar Nachbarin Neffe Nichte"),
    "it": _split("nipote figlio figlia fratello sorella padre madre nonno nonna zio zia cugino cugina "
                 "marito moglie amico amica vicino vicina"),
    "pt": _split("neto neta filho filha irmão irmã pai mãe avô avó tio tia primo prima marido esposa "
                 "mulher amigo amiga vizinho vizinha sobrinho sobrinha"),
}
# Kin words not in the person tables above, with their gender and age.
KIN_TRAITS: dict[str, tuple[str, str]] = {
    "amigo": ("m", ""), "amiga": ("f", ""), "sobrino": ("m", "child"), "sobrina": ("f", "child"),
    "ami": ("m", ""), "amie": ("f", ""), "neveu": ("m", "child"), "nièce": ("f", "child"),
    "cousin": ("m", ""), "neffe": ("m", "child"), "nichte": ("f", "child"), "freund": ("m", ""),
    "freundin": ("f", ""), "amico": ("m", ""), "amica": ("f", ""), "sobrinho": ("m", "child"),
    "sobrinha": ("f", "child"), "vizinho": ("m", ""), "vizinha": ("f", ""),
}


def _numbers(text: str) -> dict[str, int]:
    """'uno,un,una dos tres' → {'uno': 1, 'un': 1, 'una': 1, 'dos': 2, 'tres': 3}: counting from one."""
    return {word: n for n, item in enumerate(text.split(), start=1) for word in item.split(",")}


# Number words for ages ("un niño de ocho años", "ein zehnjähriger Junge"), one to twenty, then the tens.
_TENS = {"es": "treinta cuarenta cincuenta sesenta setenta ochenta noventa",
         "fr": "trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingt-dix",
         "de": "dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
         "it": "trenta quaranta cinquanta sessanta settanta ottanta novanta",
         "pt": "trinta quarenta cinquenta sessenta setenta oitenta noventa"}
NUMBERS: dict[str, dict[str, int]] = {
    language: {**_numbers(ones), **{word: 30 + 10 * i for i, word in enumerate(_TENS[language].split())}}
    for language, ones in {
        "es": "uno,un,una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
              "dieciséis diecisiete dieciocho diecinueve veinte",
        "fr": "un,une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
              "dix-sept dix-huit dix-neuf vingt",
        "de": "ein,eins,einer zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
              "fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
        "it": "uno,un,una due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici "
              "quindici sedici diciassette diciotto diciannove venti",
        "pt": "um,uma dois,duas três quatro cinco seis sete oito nove dez onze doze treze catorze,quatorze "
              "quinze dezesseis,dezasseis dezessete,dezassete dezoito dezenove,dezanove vinte",
    }.items()
}
# The word for "years" after an age, and the German "-jährig" adjective.
YEARS: dict[str, tuple[str, ...]] = {
    "es": ("años", "año"), "fr": ("ans", "an"), "de": ("jahre", "jahren"), "it": ("anni", "anno"),
    "pt": ("anos", "ano")}
