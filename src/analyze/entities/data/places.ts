// Place gazetteer: countries (with common short forms), capitals, large cities, US states, regions. Hand-written, MIT.

/** One entry per line: canonical name first, then aliases, separated by `|`. */
export const COUNTRIES = `Afghanistan
Albania
Algeria
Andorra
Angola
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas|The Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Cape Verde
Central African Republic
Chad
Chile
China|People's Republic of China|PRC
Colombia
Comoros
Congo|Republic of the Congo
Democratic Republic of the Congo|DR Congo|DRC
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic|Czechia
Denmark
Djibouti
Dominica
Dominican Republic
East Timor|Timor-Leste
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland|Republic of Ireland
Israel
Italy
Ivory Coast|Cote d'Ivoire
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
Netherlands|The Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Korea|DPRK
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palau
Palestine|Palestinian Territories
Panama
Papua New Guinea
Paraguay
Peru
Philippines|The Philippines
Poland
Portugal
Qatar
Romania
Russia|Russian Federation
Rwanda
Saint Lucia
Samoa
San Marino
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Korea|Republic of Korea
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Togo
Tonga
Trinidad and Tobago
Tunisia
Turkey|Turkiye|Türkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates|UAE|U.A.E.
United Kingdom|UK|U.K.|Britain|Great Britain
United States|US|U.S.|USA|U.S.A.|America|United States of America
Uruguay
Uzbekistan
Vanuatu
Vatican|Vatican City|Holy See
Venezuela
Vietnam|Viet Nam
Yemen
Zambia
Zimbabwe
England
Scotland
Wales
Northern Ireland
Greenland
Puerto Rico
Hong Kong
Macau
Gaza|Gaza Strip
West Bank
Crimea
Kurdistan
Tibet`;

export const CITIES = `Kabul
Kandahar
Herat
Islamabad
Karachi
Lahore
Tehran
Baghdad
Damascus
Beirut
Amman
Jerusalem
Tel Aviv
Riyadh
Jeddah
Doha
Dubai
Abu Dhabi
Muscat
Sanaa
Cairo
Alexandria
Tripoli
Tunis
Algiers
Rabat
Casablanca
Khartoum
Addis Ababa
Nairobi
Mogadishu
Kampala
Kigali
Lagos
Abuja
Accra
Dakar
Kinshasa
Luanda
Johannesburg
Pretoria
Cape Town
Harare
Lusaka
Moscow
Saint Petersburg|St. Petersburg
Kyiv|Kiev
Kharkiv
Odesa|Odessa
Minsk
Warsaw
Prague
Vienna
Budapest
Bucharest
Sofia
Belgrade
Zagreb
Athens
Istanbul
Ankara
Rome
Milan
Naples
Madrid
Barcelona
Lisbon
Paris
Marseille
Lyon
Brussels
Amsterdam
Rotterdam
The Hague
Berlin
Munich
Frankfurt
Hamburg
Cologne
Zurich
Geneva
Bern
Copenhagen
Stockholm
Oslo
Helsinki
Reykjavik
Dublin
London
Manchester
Birmingham
Liverpool
Edinburgh
Glasgow
Cardiff
Belfast
Toulouse
Seville
Tbilisi
Yerevan
Baku
Tashkent
Astana
Almaty
Bishkek
Dushanbe
Ashgabat
New Delhi|Delhi
Mumbai|Bombay
Kolkata|Calcutta
Chennai|Madras
Bangalore|Bengaluru
Hyderabad
Dhaka
Kathmandu
Colombo
Beijing|Peking
Shanghai
Guangzhou
Shenzhen
Wuhan
Chengdu
Tianjin
Taipei
Seoul
Pyongyang
Tokyo
Osaka
Kyoto
Hanoi
Ho Chi Minh City|Saigon
Bangkok
Phnom Penh
Vientiane
Yangon|Rangoon
Naypyidaw
Kuala Lumpur
Jakarta
Manila
Sydney
Melbourne
Brisbane
Perth
Canberra
Auckland
Wellington
Washington|Washington, D.C.|Washington DC|Washington D.C.
New York|New York City|NYC
Los Angeles|LA
Chicago
Houston
Phoenix
Philadelphia
San Antonio
San Diego
Dallas
San Francisco
Seattle
Boston
Miami
Atlanta
Detroit
Denver
Las Vegas
Minneapolis
St. Louis|Saint Louis
New Orleans
Baltimore
Pittsburgh
Cleveland
Portland
Nashville
Austin
Toronto
Montreal
Vancouver
Ottawa
Calgary
Mexico City
Havana
Caracas
Bogota|Bogotá
Lima
Quito
Santiago
Buenos Aires
Montevideo
Sao Paulo|São Paulo
Rio de Janeiro
Brasilia|Brasília
Mecca
Medina
Mosul
Aleppo
Basra
Benghazi
Homs
Idlib
Raqqa
Gaza City
Rafah
Khan Younis
Ramallah
Haifa
Kandahar
Mazar-i-Sharif
Jalalabad
Peshawar
Quetta`;

export const US_STATES = `Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington State
West Virginia
Wisconsin
Wyoming
Ontario
Quebec
British Columbia
Alberta
Bavaria
Catalonia
Kashmir
Punjab
Sindh
Balochistan
Khyber Pakhtunkhwa
Helmand
Panjshir
Xinjiang
Donbas
Donetsk
Luhansk
Kherson
Zaporizhzhia`;

export const REGIONS = `Africa
Asia
Europe
North America
South America
Latin America
Central America
Antarctica
Oceania
Middle East
Near East
Far East
Central Asia
South Asia
Southeast Asia
East Asia
West Africa
East Africa
North Africa
Sub-Saharan Africa
Eastern Europe
Western Europe
Balkans
Caucasus
Gulf|Persian Gulf
Scandinavia
Sahel
Horn of Africa
Pacific|Pacific Ocean
Atlantic|Atlantic Ocean
Indian Ocean
Arctic
Mediterranean|Mediterranean Sea
Red Sea
Black Sea
Baltic|Baltic Sea
Caribbean
South China Sea
Taiwan Strait
Strait of Hormuz
Silicon Valley
Wall Street
Midwest
Hindu Kush
Earth`;

/** Demonyms and nationality adjectives: never entities by themselves, but they tell a modifier is a place. */
export const DEMONYMS = `Afghan|Afghans|Afghanistan
American|Americans|United States
British|Britons|United Kingdom
English|England
Chinese|China
Russian|Russians|Russia
Ukrainian|Ukrainians|Ukraine
French|France
German|Germans|Germany
Italian|Italians|Italy
Spanish|Spain
Japanese|Japan
Korean|Koreans|Korea
Indian|Indians|India
Pakistani|Pakistanis|Pakistan
Iranian|Iranians|Iran
Iraqi|Iraqis|Iraq
Syrian|Syrians|Syria
Israeli|Israelis|Israel
Palestinian|Palestinians|Palestine
Egyptian|Egyptians|Egypt
Saudi|Saudis|Saudi Arabia
Turkish|Turks|Turkey
Qatari|Qatar
Emirati|United Arab Emirates
Lebanese|Lebanon
Jordanian|Jordan
Yemeni|Yemen
Canadian|Canadians|Canada
Mexican|Mexicans|Mexico
Brazilian|Brazil
Argentine|Argentinian|Argentina
Australian|Australians|Australia
European|Europeans|Europe
African|Africans|Africa
Asian|Asians|Asia
Arab|Arabs|Arabic
Irish|Ireland
Scottish|Scotland
Welsh|Wales
Dutch|Netherlands
Belgian|Belgium
Swiss|Switzerland
Swedish|Sweden
Norwegian|Norway
Danish|Denmark
Finnish|Finland
Polish|Poland
Czech|Czech Republic
Hungarian|Hungary
Greek|Greece
Portuguese|Portugal
Austrian|Austria
Nigerian|Nigeria
Kenyan|Kenya
Ethiopian|Ethiopia
Somali|Somalia
Sudanese|Sudan
Libyan|Libya
Tunisian|Tunisia
Moroccan|Morocco
Algerian|Algeria
Indonesian|Indonesia
Malaysian|Malaysia
Filipino|Philippines
Thai|Thailand
Vietnamese|Vietnam
Taiwanese|Taiwan
Bangladeshi|Bangladesh
Sri Lankan|Sri Lanka
Nepali|Nepalese|Nepal
Uzbek|Uzbekistan
Tajik|Tajikistan
Kazakh|Kazakhstan
Pashtun|Pashtuns
Tajiks
Hazara|Hazaras
Kurdish|Kurds|Kurdistan
Western
Soviet
Islamic
Muslim|Muslims
Christian|Christians
Jewish|Jews
Catholic|Catholics
Sunni|Sunnis
Shia|Shiite|Shiites
Islamist|Islamists`;
