"""The world's states by the short names papers use: a country's possessive before a name
says whose leader or player the person is ("Paraguay's Benitez", "Kenya's Ruto"), not whose
thing the rest names ("Phyllis Schlafly's Final Column").

The UN's member and observer states, with Kosovo and Taiwan, in their ISO 3166 short forms
as English-language papers write them, and the old names papers keep ("Britain").
"""

from __future__ import annotations

from framediff.attribution.lexicon import word_set

COUNTRIES = word_set(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria
    Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan
    Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad
    Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti
    Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon
    Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras
    Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
    Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho
    Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives
    Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro
    Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria
    Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland
    Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore
    Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
    Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda
    Ukraine Uruguay Uzbekistan Vanuatu Vatican Venezuela Vietnam Yemen Zambia Zimbabwe
    Britain America Korea"""
) | frozenset(
    (
        "Antigua and Barbuda",
        "Burkina Faso",
        "Cape Verde",
        "Costa Rica",
        "El Salvador",
        "New Zealand",
        "North Korea",
        "North Macedonia",
        "Papua New Guinea",
        "San Marino",
        "Saudi Arabia",
        "Sierra Leone",
        "South Africa",
        "South Korea",
        "South Sudan",
        "Sri Lanka",
        "Trinidad and Tobago",
        "United Emirates",
        "United Kingdom",
        "United States",
    )
)

# The nouns for a person of a state (the CIA World Factbook's "nationality: noun", and the
# nations of Britain), singular. Sports and feature writing refer back to the person in
# focus by them ("The Norwegian, who first tried to sign him, admitted", "the Spaniard
# said"). Not the adjectives that are not also the noun ("Swedish", "French"), nor the
# nouns in "-ese" and "Swiss", which as often mean a whole people ("the Japanese").
# Capitalised, as written: only a capital makes the word the noun ("the norwegian" is not).
DEMONYMS = word_set(
    """Afghan Albanian Algerian Andorran Angolan Argentine Argentinian Armenian Austrian
    Azerbaijani Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean Bolivian
    Bosnian Motswana Brazilian Bruneian Bulgarian Burundian Cambodian Cameroonian Canadian
    Chadian Chilean Colombian Croat Croatian Cuban Cypriot Czech Dane Djiboutian Dominican
    Ecuadorian Egyptian Eritrean Estonian Ethiopian Fijian Finn Frenchman Frenchwoman
    Gambian Georgian German Ghanaian Greek Grenadian Guatemalan Guinean Haitian Honduran
    Hungarian Icelander Indian Indonesian Iranian Iraqi Irishman Irishwoman Israeli Italian
    Ivorian Jamaican Jordanian Kazakh Kenyan Kosovar Kuwaiti Kyrgyz Latvian Liberian Libyan
    Lithuanian Luxembourger Malagasy Malawian Malaysian Maldivian Malian Mauritanian
    Mauritian Mexican Moldovan Monegasque Mongolian Montenegrin Moroccan Mozambican Namibian
    Nepali Nicaraguan Nigerien Nigerian Norwegian Omani Pakistani Panamanian Paraguayan
    Peruvian Filipino Filipina Pole Qatari Romanian Russian Rwandan Samoan Serb Serbian
    Seychellois Singaporean Slovak Slovenian Slovene Spaniard Swede Syrian Tajik
    Tanzanian Thai Tongan Tunisian Turk Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan
    Yemeni Zambian Zimbabwean Briton Englishman Englishwoman Scot Welshman Welshwoman
    Dutchman Dutchwoman Kiwi Aussie Emirati Saudi Salvadoran Macedonian"""
)

# The demonyms above as adjectives, with those of "-ese", "-ish" and the like, faiths, and the
# world's languages papers name (the Ethnologue's most spoken, and those of the peoples the
# papers report on): none is a person's name, though each is capitalised ("Nigerian writers
# have a duty", "in Egun or Yoruba, the languages …", "I dream in Igbo"). Not the nouns
# that are surnames too (Pole, Dane, Finn, Scot, Turk, Swede, Thai, Greek), nor the words
# that are also names ("Mark Cuban", "Bill English", "Dawn French", "Shona Reid", "Sipho
# Zulu", and Ndebele, Somali, Hausa, Fulani, Malay, Tamil, Arab, Irish).
PEOPLES = (
    DEMONYMS
    - word_set(
        "Pole Dane Finn Scot Turk Swede Thai Greek Kiwi Aussie Croat Serb Cuban German Somali"
    )
) | word_set(
    """Swedish Scottish Japanese Chinese Vietnamese Sudanese
    Senegalese Congolese Lebanese Togolese Maltese Portuguese Burmese Nepalese Bhutanese
    Taiwanese Swiss Danish Finnish Polish Turkish Spanish Arabic African Asian
    Yoruba Igbo Swahili Kiswahili Xhosa Sesotho Setswana Afrikaans Amharic
    Oromo Tigrinya Luganda Kinyarwanda Chichewa Wolof Twi Ewe
    Hindi Urdu Bengali Bangla Punjabi Telugu Kannada Malayalam Marathi Gujarati Sinhala
    Sinhalese Pashto Farsi Persian Kurdish Hebrew Mandarin Cantonese Tagalog Filipino
    Khmer Bahasa Javanese Dhivehi Tetum Bislama Fijian Maori Samoan
    Tongan Papiamentu Creole Kreyol Patois Quechua Aymara Guarani Nahuatl Inuktitut Cree
    Catalan Basque Galician Flemish Gaelic Kazakh Uzbek Kyrgyz Tajik Turkmen Mongolian
    Islamic Muslim Jewish Catholic Hindu Buddhist Sikh Protestant Anglican Evangelical"""
)
