//! The Russian event builder's tests: the kinds of issue 27 table-driven, each with
//! varied dates, names and grammatical cases.

use super::*;
use crate::dct::DctOptions;

fn events(text: &str) -> Vec<Event> {
    let article = Article {
        id: "t".into(),
        text: text.into(),
        ..Article::default()
    };
    let dct = crate::dct::determine(&article, &DctOptions::default());
    let timexes = crate::lang::ru::timex::extract(text, dct.date);
    extract(&article, &dct, &timexes, ExtractOptions::default())
}

#[test]
fn triggers_actors_and_negation() {
    let got = events(
        "МОСКВА, 1 дек — РИА Новости. Лавров встретился с Расмуссеном во вторник в Брюсселе. \
         Россия не подписала договор в 2008 году.",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    let e = &got[0];
    assert_eq!(e.date, "2009-12-01");
    assert_eq!(e.category.as_deref(), Some("04 Consult"));
    assert_eq!(
        e.actors,
        vec![
            "Sergey Lavrov (Russian Foreign Minister)".to_string(),
            "Anders Fogh Rasmussen (NATO Secretary General)".to_string()
        ]
    );
    assert_eq!(e.location.as_deref(), Some("Brussels"));
    assert_eq!(e.headline_en.as_deref(), Some("Lavrov met with Rasmussen"));
    assert_eq!(
        crate::lang::ru::eventwords::english_lemma("встретились"),
        Some("meet")
    );
    assert_eq!(crate::lang::ru::eventwords::english_lemma("met"), None);
}

#[test]
fn an_office_is_its_holder_on_the_day() {
    let a = resolve(
        "role:NATO Secretary General",
        NaiveDate::from_ymd_opt(2021, 10, 18),
    )
    .map(|a| a.label);
    assert_eq!(a.as_deref(), Some("Jens Stoltenberg (NATO Secretary General)"));
}
