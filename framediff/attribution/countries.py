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
        "United Arab Emirates",
        "United Kingdom",
        "United States",
    )
)
