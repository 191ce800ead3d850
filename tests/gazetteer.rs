//! The actor gazetteer (src/event/data/actors.tsv, built by scripts/build-gazetteer.py,
//! plus actors-extra.tsv): every member state of the United Nations is a country with
//! its adjective; Germany is Germany (not the East German city block "Leipzig" the build
//! once took for it); people are people; office-holders carry dated roles through today.

use chronicle::event::actors::{gazetteer, Kind};
use chrono::NaiveDate;

/// The 193 member states of the United Nations (as chronicle names them) and an
/// adjective for each.
const UN_MEMBERS: &[(&str, &str)] = &[
    ("Afghanistan", "Afghan"),
    ("Albania", "Albanian"),
    ("Algeria", "Algerian"),
    ("Andorra", "Andorran"),
    ("Angola", "Angolan"),
    ("Antigua and Barbuda", "Antiguan"),
    ("Argentina", "Argentine"),
    ("Armenia", "Armenian"),
    ("Australia", "Australian"),
    ("Austria", "Austrian"),
    ("Azerbaijan", "Azerbaijani"),
    ("Bahamas", "Bahamian"),
    ("Bahrain", "Bahraini"),
    ("Bangladesh", "Bangladeshi"),
    ("Barbados", "Barbadian"),
    ("Belarus", "Belarusian"),
    ("Belgium", "Belgian"),
    ("Belize", "Belizean"),
    ("Benin", "Beninese"),
    ("Bhutan", "Bhutanese"),
    ("Bolivia", "Bolivian"),
    ("Bosnia and Herzegovina", "Bosnian"),
    ("Botswana", "Botswanan"),
    ("Brazil", "Brazilian"),
    ("Brunei", "Bruneian"),
    ("Bulgaria", "Bulgarian"),
    ("Burkina Faso", "Burkinabe"),
    ("Burundi", "Burundian"),
    ("Cape Verde", "Cape Verdean"),
    ("Cambodia", "Cambodian"),
    ("Cameroon", "Cameroonian"),
    ("Canada", "Canadian"),
    ("Central African Republic", "Central African"),
    ("Chad", "Chadian"),
    ("Chile", "Chilean"),
    ("China", "Chinese"),
    ("Colombia", "Colombian"),
    ("Comoros", "Comoran"),
    ("Congo", "Congolese"),
    ("Costa Rica", "Costa Rican"),
    ("Ivory Coast", "Ivorian"),
    ("Croatia", "Croatian"),
    ("Cuba", "Cuban"),
    ("Cyprus", "Cypriot"),
    ("Czech Republic", "Czech"),
    ("North Korea", "North Korean"),
    ("DR Congo", "Congolese"),
    ("Denmark", "Danish"),
    ("Djibouti", "Djiboutian"),
    ("Dominica", "Dominican"),
    ("Dominican Republic", "Dominican"),
    ("Ecuador", "Ecuadorian"),
    ("Egypt", "Egyptian"),
    ("El Salvador", "Salvadoran"),
    ("Equatorial Guinea", "Equatoguinean"),
    ("Eritrea", "Eritrean"),
    ("Estonia", "Estonian"),
    ("Eswatini", "Swazi"),
    ("Ethiopia", "Ethiopian"),
    ("Fiji", "Fijian"),
    ("Finland", "Finnish"),
    ("France", "French"),
    ("Gabon", "Gabonese"),
    ("Gambia", "Gambian"),
    ("Georgia", "Georgian"),
    ("Germany", "German"),
    ("Ghana", "Ghanaian"),
    ("Greece", "Greek"),
    ("Grenada", "Grenadian"),
    ("Guatemala", "Guatemalan"),
    ("Guinea", "Guinean"),
    ("Guinea-Bissau", "Bissau-Guinean"),
    ("Guyana", "Guyanese"),
    ("Haiti", "Haitian"),
    ("Honduras", "Honduran"),
    ("Hungary", "Hungarian"),
    ("Iceland", "Icelandic"),
    ("India", "Indian"),
    ("Indonesia", "Indonesian"),
    ("Iran", "Iranian"),
    ("Iraq", "Iraqi"),
    ("Ireland", "Irish"),
    ("Israel", "Israeli"),
    ("Italy", "Italian"),
    ("Jamaica", "Jamaican"),
    ("Japan", "Japanese"),
    ("Jordan", "Jordanian"),
    ("Kazakhstan", "Kazakh"),
    ("Kenya", "Kenyan"),
    ("Kiribati", "I-Kiribati"),
    ("Kuwait", "Kuwaiti"),
    ("Kyrgyzstan", "Kyrgyz"),
    ("Laos", "Lao"),
    ("Latvia", "Latvian"),
    ("Lebanon", "Lebanese"),
    ("Lesotho", "Basotho"),
    ("Liberia", "Liberian"),
    ("Libya", "Libyan"),
    ("Liechtenstein", "Liechtensteiner"),
    ("Lithuania", "Lithuanian"),
    ("Luxembourg", "Luxembourgish"),
    ("Madagascar", "Malagasy"),
    ("Malawi", "Malawian"),
    ("Malaysia", "Malaysian"),
    ("Maldives", "Maldivian"),
    ("Mali", "Malian"),
    ("Malta", "Maltese"),
    ("Marshall Islands", "Marshallese"),
    ("Mauritania", "Mauritanian"),
    ("Mauritius", "Mauritian"),
    ("Mexico", "Mexican"),
    ("Micronesia", "Micronesian"),
    ("Monaco", "Monegasque"),
    ("Mongolia", "Mongolian"),
    ("Montenegro", "Montenegrin"),
    ("Morocco", "Moroccan"),
    ("Mozambique", "Mozambican"),
    ("Myanmar", "Myanmar"),
    ("Namibia", "Namibian"),
    ("Nauru", "Nauruan"),
    ("Nepal", "Nepalese"),
    ("Netherlands", "Dutch"),
    ("New Zealand", "New Zealand"),
    ("Nicaragua", "Nicaraguan"),
    ("Niger", "Nigerien"),
    ("Nigeria", "Nigerian"),
    ("North Macedonia", "Macedonian"),
    ("Norway", "Norwegian"),
    ("Oman", "Omani"),
    ("Pakistan", "Pakistani"),
    ("Palau", "Palauan"),
    ("Panama", "Panamanian"),
    ("Papua New Guinea", "Papua New Guinean"),
    ("Paraguay", "Paraguayan"),
    ("Peru", "Peruvian"),
    ("Philippines", "Philippine"),
    ("Poland", "Polish"),
    ("Portugal", "Portuguese"),
    ("Qatar", "Qatari"),
    ("South Korea", "South Korean"),
    ("Moldova", "Moldovan"),
    ("Romania", "Romanian"),
    ("Russia", "Russian"),
    ("Rwanda", "Rwandan"),
    ("Saint Kitts and Nevis", "Kittitian"),
    ("Saint Lucia", "Saint Lucian"),
    ("Saint Vincent and the Grenadines", "Vincentian"),
    ("Samoa", "Samoan"),
    ("San Marino", "Sammarinese"),
    ("Sao Tome and Principe", "Santomean"),
    ("Saudi Arabia", "Saudi"),
    ("Senegal", "Senegalese"),
    ("Serbia", "Serbian"),
    ("Seychelles", "Seychellois"),
    ("Sierra Leone", "Sierra Leonean"),
    ("Singapore", "Singaporean"),
    ("Slovakia", "Slovak"),
    ("Slovenia", "Slovenian"),
    ("Solomon Islands", "Solomon Islander"),
    ("Somalia", "Somali"),
    ("South Africa", "South African"),
    ("South Sudan", "South Sudanese"),
    ("Spain", "Spanish"),
    ("Sri Lanka", "Sri Lankan"),
    ("Sudan", "Sudanese"),
    ("Suriname", "Surinamese"),
    ("Sweden", "Swedish"),
    ("Switzerland", "Swiss"),
    ("Syria", "Syrian"),
    ("Tajikistan", "Tajik"),
    ("Thailand", "Thai"),
    ("Timor-Leste", "Timorese"),
    ("Togo", "Togolese"),
    ("Tonga", "Tongan"),
    ("Trinidad and Tobago", "Trinidadian"),
    ("Tunisia", "Tunisian"),
    ("Turkey", "Turkish"),
    ("Turkmenistan", "Turkmen"),
    ("Tuvalu", "Tuvaluan"),
    ("Uganda", "Ugandan"),
    ("Ukraine", "Ukrainian"),
    ("United Arab Emirates", "Emirati"),
    ("United Kingdom", "British"),
    ("Tanzania", "Tanzanian"),
    ("United States", "American"),
    ("Uruguay", "Uruguayan"),
    ("Uzbekistan", "Uzbek"),
    ("Vanuatu", "Ni-Vanuatu"),
    ("Venezuela", "Venezuelan"),
    ("Vietnam", "Vietnamese"),
    ("Yemen", "Yemeni"),
    ("Zambia", "Zambian"),
    ("Zimbabwe", "Zimbabwean"),
];

/// Adjectives two members share: they name a country, not necessarily this one.
const SHARED_ADJECTIVES: &[&str] = &["Congolese", "Dominican"];

#[test]
fn every_un_member_is_a_country_with_its_adjective() {
    assert_eq!(UN_MEMBERS.len(), 193);
    let g = gazetteer();
    let mut failures = Vec::new();
    for (name, adjective) in UN_MEMBERS {
        match g.get(name.to_lowercase().as_str()) {
            Some(e) if e.kind == Kind::Country && e.canonical == *name => {}
            other => failures.push(format!("{name}: {:?}", other.map(|e| (&e.canonical, e.kind)))),
        }
        match g.get(adjective.to_lowercase().as_str()) {
            Some(e)
                if e.kind == Kind::Country
                    && (e.canonical == *name || SHARED_ADJECTIVES.contains(adjective)) => {}
            other => failures.push(format!(
                "{adjective} ({name}): {:?}",
                other.map(|e| (&e.canonical, e.kind))
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn germany_is_germany() {
    let g = gazetteer();
    for (surface, want) in [
        ("germany", "Germany"),
        ("german", "Germany"),
        ("federal republic of germany", "Germany"),
        ("leipzig", "Germany"),
        ("dresden", "Germany"),
        ("berlin", "Germany"),
        ("north macedonia", "North Macedonia"),
        ("macedonia", "North Macedonia"),
        ("czechia", "Czech Republic"),
        ("russia", "Russia"),
    ] {
        let e = g.get(surface).unwrap_or_else(|| panic!("{surface} missing"));
        assert_eq!((e.canonical.as_ref(), e.kind), (want, Kind::Country), "{surface}");
    }
    assert!(
        g.values()
            .all(|e| e.canonical != "Leipzig" && !e.roles.iter().any(|(r, _, _)| r.contains("Leipzig"))),
        "an entry still names Leipzig as a country"
    );
    let merkel = g.get("angela merkel").expect("Merkel");
    assert_eq!(
        merkel.role_on(NaiveDate::from_ymd_opt(2015, 1, 1)),
        Some("Chancellor of Germany")
    );
}

#[test]
fn people_are_people() {
    let g = gazetteer();
    for surface in [
        "catherine ashton",
        "lady ashton",
        "louise arbour",
        "angela merkel",
        "jens stoltenberg",
        "hakan fidan",
        "keir starmer",
    ] {
        let e = g.get(surface).unwrap_or_else(|| panic!("{surface} missing"));
        assert_eq!(e.kind, Kind::Person, "{surface}");
    }
    for surface in ["christian catholic", "la francophonie", "nato", "world bank"] {
        let e = g.get(surface).unwrap_or_else(|| panic!("{surface} missing"));
        assert_ne!(e.kind, Kind::Person, "{surface}");
    }
}

/// (person, date, the role held that day; None: no role of the table).
const ROLES: &[(&str, &str, Option<&str>)] = &[
    (
        "anders fogh rasmussen",
        "2012-06-01",
        Some("NATO Secretary General"),
    ),
    ("jens stoltenberg", "2014-10-02", Some("NATO Secretary General")),
    ("jens stoltenberg", "2024-09-15", Some("NATO Secretary General")),
    ("jens stoltenberg", "2010-01-01", Some("Prime Minister of Norway")),
    ("mark rutte", "2024-10-02", Some("NATO Secretary General")),
    ("mark rutte", "2026-06-01", Some("NATO Secretary General")),
    (
        "mark rutte",
        "2020-01-01",
        Some("Prime Minister of the Netherlands"),
    ),
    ("vladimir putin", "2010-01-01", Some("Prime Minister of Russia")),
    ("vladimir putin", "2026-01-01", Some("President of Russia")),
    (
        "mikhail mishustin",
        "2026-01-01",
        Some("Prime Minister of Russia"),
    ),
    ("sergei lavrov", "2026-01-01", Some("Russian Foreign Minister")),
    ("sergei shoigu", "2024-05-01", Some("Defence Minister of Russia")),
    ("sergei shoigu", "2024-06-01", None),
    (
        "andrei belousov",
        "2024-06-01",
        Some("Defence Minister of Russia"),
    ),
    (
        "donald trump",
        "2018-01-01",
        Some("President of the United States"),
    ),
    ("donald trump", "2022-01-01", None),
    (
        "donald trump",
        "2026-01-01",
        Some("President of the United States"),
    ),
    ("joe biden", "2022-01-01", Some("President of the United States")),
    ("marco rubio", "2026-01-01", Some("US Secretary of State")),
    ("antony blinken", "2023-01-01", Some("US Secretary of State")),
    ("lloyd austin", "2023-01-01", Some("US Secretary of Defense")),
    ("pete hegseth", "2026-01-01", Some("US Secretary of Defense")),
    ("volodymyr zelensky", "2019-06-01", Some("President of Ukraine")),
    ("volodymyr zelensky", "2019-01-01", None),
    ("petro poroshenko", "2016-01-01", Some("President of Ukraine")),
    (
        "keir starmer",
        "2026-01-01",
        Some("Prime Minister of the United Kingdom"),
    ),
    (
        "rishi sunak",
        "2023-01-01",
        Some("Prime Minister of the United Kingdom"),
    ),
    ("olaf scholz", "2023-01-01", Some("Chancellor of Germany")),
    ("friedrich merz", "2026-01-01", Some("Chancellor of Germany")),
    ("emmanuel macron", "2026-01-01", Some("President of France")),
    ("hakan fidan", "2024-01-01", Some("Foreign Minister of Turkey")),
    (
        "mevlut cavusoglu",
        "2020-01-01",
        Some("Foreign Minister of Turkey"),
    ),
    ("mevlut cavusoglu", "2015-10-01", None),
    (
        "ahmet davutoglu",
        "2012-01-01",
        Some("Foreign Minister of Turkey"),
    ),
];

#[test]
fn office_holders_have_dated_roles_through_today() {
    let g = gazetteer();
    let mut failures = Vec::new();
    for (person, date, want) in ROLES {
        let Some(e) = g.get(*person) else {
            failures.push(format!("{person} missing"));
            continue;
        };
        let got = e.role_on(NaiveDate::parse_from_str(date, "%Y-%m-%d").ok());
        if got != *want {
            failures.push(format!("{person} on {date}: {got:?}, want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
