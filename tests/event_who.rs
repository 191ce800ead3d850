//! Who did it, and a headline that stands alone (issue 25, items 2, 4 and 5): table rows
//! per rule, with varied names, dates and tenses. Each row: (document date, text, the
//! row's date, its trigger, the expected headline, actors the row must name).

mod common;
use common::analysed_rows as rows;

type Row<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, &'a [&'a str]);

fn check(table: &[Row]) {
    for &(dct, text, date, trigger, headline, actors) in table {
        let got = rows(dct, text);
        let Some(row) = got.iter().find(|e| e.trigger == trigger && e.date == date) else {
            panic!(
                "{text}: no row for {trigger} on {date}; got {:?}",
                got.iter().map(|e| (&e.date, &e.headline)).collect::<Vec<_>>()
            );
        };
        assert_eq!(row.headline, headline, "{text}");
        assert!(
            chronicle::eval::rows::fragment(&row.headline).is_none(),
            "{text}: fragment {}",
            row.headline
        );
        for a in actors {
            assert!(
                row.actors.iter().any(|x| x.starts_with(a)),
                "{text}: no actor {a} in {:?}",
                row.actors
            );
        }
    }
}

/// "The two men", "the three", "both sides": the actors of the nearest sentence naming
/// that many, named in the headline.
const GROUPS: &[Row] = &[
    (
        "2022-02-13",
        "WASHINGTON, Feb 12 (Reuters) - U.S. President Joe Biden spoke with Russian President \
         Vladimir Putin by phone on Saturday. The two leaders last spoke in December.",
        "2021-12",
        "spoke",
        "Biden and Putin last spoke",
        &["Joe Biden", "Vladimir Putin"],
    ),
    (
        "2022-01-22",
        "Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State Antony Blinken in \
         Geneva on Friday. The two ministers will meet again in February.",
        "2022-02",
        "meet",
        "Lavrov and Blinken will meet again",
        &["Sergey Lavrov", "Antony Blinken"],
    ),
    (
        "1999-03-13",
        "Poland, Hungary and the Czech Republic were invited to join NATO in July 1997. The \
         three joined the alliance on Friday.",
        "1999-03-12",
        "joined",
        "Poland, Hungary and Czech Republic joined the alliance",
        &["Poland", "Hungary", "Czech Republic"],
    ),
    (
        "2014-09-06",
        "Kyiv and Moscow had last met in Minsk in August. The two sides will meet again on \
         September 19.",
        "2014-09-19",
        "meet",
        "Ukraine and Russia will meet again",
        &["Ukraine", "Russia"],
    ),
    (
        "2008-08-16",
        "Georgia and Russia signed the ceasefire on Friday. The two countries fought a \
         five-day war in August.",
        "2008-08",
        "war",
        "Georgia and Russia fought a five-day war",
        &["Georgia", "Russia"],
    ),
];

/// "Its diplomats": the possessive pronoun's antecedent, named in the headline.
const POSSESSIVES: &[Row] = &[
    (
        "2021-10-20",
        "Russia closed its mission to NATO on Monday. Its diplomats left Brussels on Tuesday.",
        "2021-10-19",
        "left",
        "Russia's diplomats left Brussels",
        &["Russia"],
    ),
    (
        "2017-03-10",
        "France recalled its ambassador from Moscow in February. Its envoy will return next week.",
        "2017-W11",
        "return",
        "France's envoy will return",
        &["France"],
    ),
];

/// A statement whose speaker is no actor takes the actors of what was said; a subject
/// across a relative clause, or past a day's name and an adverb, is still the subject.
const SUBJECTS: &[Row] = &[
    (
        "2018-03-19",
        "Vladimir Putin won the vote with 77 percent, officials said on Monday.",
        "2018-03-19",
        "said",
        "Officials: Putin won the vote with 77 percent",
        &["Vladimir Putin"],
    ),
    (
        "2007-05-12",
        "Turkey expelled two Iranian diplomats, a newspaper reported on Friday.",
        "2007-05-11",
        "reported",
        "A newspaper: Turkey expelled two Iranian diplomats",
        &["Turkey"],
    ),
    (
        "2024-03-18",
        "The OSCE did not send observers to the Russian presidential election, which ended on Sunday.",
        "2024-03-17",
        "ended",
        "The Russian presidential election ended",
        &["Russia"],
    ),
    (
        "1998-08-09",
        "The Cypriot government Saturday strongly condemned the bombings in Kenya.",
        "1998-08-08",
        "condemned",
        "The Cypriot government condemned the bombings in Kenya",
        &["Cyprus"],
    ),
    (
        "1998-08-09",
        "President Bill Clinton Saturday vowed to hunt down the bombers.",
        "1998-08-08",
        "vowed",
        "Clinton vowed to hunt down the bombers",
        &["Bill Clinton (President"],
    ),
    (
        "2019-08-03",
        "The Federation Council will consider the document next week.",
        "2019-W32",
        "consider",
        "The Federation Council will consider the document",
        &["Russia"],
    ),
    (
        "2009-12-05",
        "Moscow says NATO promised in 1990 not to expand to the east.",
        "1990",
        "promised",
        "NATO promised not to expand to the east",
        &["NATO"],
    ),
];

/// A bare event noun is told with its clause; a noun phrase keeps its place.
const NOUNS: &[Row] = &[
    (
        "2024-10-02",
        "Jens Stoltenberg handed over to Mark Rutte at a ceremony on Tuesday morning.",
        "2024-10-01TMO",
        "ceremony",
        "Stoltenberg handed over to Rutte at a ceremony",
        &["Jens Stoltenberg"],
    ),
    (
        "2022-09-29",
        "No strike was reported in Kyiv on Wednesday.",
        "2022-09-28",
        "strike",
        "No strike was reported in Kyiv",
        &["Ukraine"],
    ),
    (
        "2008-08-20",
        "The war in Georgia began on August 7.",
        "2008-08-07",
        "began",
        "The war in Georgia began",
        &["Georgia"],
    ),
];

#[test]
fn groups_name_their_members() {
    check(GROUPS);
}

/// "The two", "both leaders", "the pair" as a subject: the two principal participants of
/// the sentence before, named in the headline, with the countries their roles name.
const BARE_GROUPS: &[Row] = &[
    (
        "2021-12-02",
        "STOCKHOLM (AP) — Antony Blinken and Sergei Lavrov met on Thursday in Stockholm. The \
         two last met in Reykjavik in May.",
        "2021-05",
        "met",
        "Blinken and Lavrov last met in Reykjavik",
        &["Antony Blinken", "Sergey Lavrov", "United States", "Russia"],
    ),
    (
        "2018-07-17",
        "Vladimir Putin and Donald Trump held talks in Helsinki on Monday. Both leaders will \
         meet again in Washington in the autumn.",
        "2018-FA",
        "meet",
        "Putin and Trump will meet again in Washington",
        &["Vladimir Putin", "Donald Trump", "Russia", "United States"],
    ),
    (
        "2010-04-09",
        "Dmitry Medvedev and Barack Obama signed the treaty in Prague on Thursday. The pair \
         had first discussed it in London in April 2009.",
        "2009-04",
        "discussed",
        "Medvedev and Obama had first discussed it in London",
        &["Dmitry Medvedev", "Barack Obama"],
    ),
    // men the gazetteer does not name: their countries in the actors, and the headline
    // says who as the sentence before did when its subject joins them
    (
        "2022-01-21",
        "Geneva (AFP) - The top US and Russian diplomats held talks in Geneva on Friday. The \
         two last met in Stockholm in December.",
        "2021-12",
        "met",
        "The top US and Russian diplomats last met in Stockholm",
        &["United States", "Russia"],
    ),
    (
        "2022-01-09",
        "GENEVA (AFP) - Senior Russian and American negotiators will meet in Geneva on Monday. \
         The two will also meet in Brussels on Wednesday.",
        "2022-01-12",
        "meet",
        "Senior Russian and American negotiators will also meet in Brussels",
        &["Russia", "United States"],
    ),
    (
        "2021-03-12",
        "ANKARA, March 12 (Reuters) - The Turkish foreign minister refused to meet the Russian \
         ambassador on Friday. The two men had last met in January.",
        "2021-01",
        "met",
        "The two men had last met",
        &["Turkey", "Russia"],
    ),
];

/// A bare number that opens a subject with another noun names no group.
const NOT_GROUPS: &[Row] = &[(
    "1998-08-09",
    "Kenya and Tanzania asked for help on Saturday. The two bombings killed 224 people on \
     Friday.",
    "1998-08-07",
    "killed",
    "The two bombings killed 224 people",
    &[],
)];

/// "Their", "they": the actors a subject joins by "and" (this sentence, then the one
/// before), never the dateline's place.
const PLURAL_PRONOUNS: &[Row] = &[
    (
        "2022-01-21",
        "GENEVA, Jan 21 (Reuters) - Antony Blinken and Sergei Lavrov met in Geneva on Friday \
         for 90 minutes. Their previous talks were held in Stockholm last month.",
        "2021-12",
        "held",
        "Blinken and Lavrov's previous talks were held in Stockholm",
        &["Antony Blinken", "Sergey Lavrov", "United States", "Russia"],
    ),
    (
        "2022-02-05",
        "BEIJING, Feb 4 (Reuters) - Russian President Vladimir Putin and Chinese President Xi \
         Jinping met in Beijing on Friday. They will meet again in Moscow in March.",
        "2022-03",
        "meet",
        "Putin and Jinping will meet again in Moscow",
        &["Vladimir Putin", "Xi Jinping", "Russia", "China"],
    ),
    (
        "1999-03-13",
        "Poland, Hungary and the Czech Republic joined NATO on Friday. Their foreign \
         ministers signed the documents in Missouri on March 12.",
        "1999-03-12",
        "signed",
        "Poland, Hungary and Czech Republic's foreign ministers signed the documents in Missouri",
        &["Poland", "Hungary", "Czech Republic"],
    ),
];

/// Actors joined by "and" that are no subject name no plural pronoun: (document date,
/// text, the row's date, its trigger, the headline it keeps).
const NOT_PLURAL_SUBJECTS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "2008-04-02",
        "BUCHAREST, April 2 (Reuters) - NATO leaders will decide whether to offer Georgia and \
         Ukraine a path to membership. They will also discuss Afghanistan on Thursday.",
        "2008-04-03",
        "discuss",
        "They will also discuss Afghanistan",
    ),
    (
        "2015-02-12",
        "The leaders of France and Germany flew to Minsk on Wednesday. They signed a ceasefire \
         deal on Thursday.",
        "2015-02-12",
        "signed",
        "They signed a ceasefire deal",
    ),
];

/// "The country" is its antecedent itself; "the government" a part of it.
const WHOLE: &[Row] = &[
    (
        "2019-11-09",
        "Berlin (dpa) - Germany on Saturday marked the 30th anniversary of the fall of the \
         Berlin Wall. The country was reunified on October 3, 1990.",
        "1990-10-03",
        "reunified",
        "Germany was reunified",
        &["Germany"],
    ),
    (
        "2004-03-30",
        "Lithuania joined NATO on Monday. The nation will hold a presidential election in June.",
        "2004-06",
        "election",
        "Lithuania will hold a presidential election",
        &["Lithuania"],
    ),
    (
        "2013-02-25",
        "Italy voted on Sunday and Monday. The government will resign on March 15.",
        "2013-03-15",
        "resign",
        "Italy's government will resign",
        &["Italy"],
    ),
];

#[test]
fn bare_groups_name_the_two_before() {
    check(BARE_GROUPS);
    check(NOT_GROUPS);
}

#[test]
fn plural_pronouns_name_the_joined_subject() {
    check(PLURAL_PRONOUNS);
    for &(dct, text, date, trigger, headline) in NOT_PLURAL_SUBJECTS {
        let got = rows(dct, text);
        let row = got.iter().find(|e| e.trigger == trigger && e.date == date);
        assert_eq!(row.map(|e| e.headline.as_str()), Some(headline), "{text}");
    }
}

#[test]
fn the_country_is_its_antecedent() {
    check(WHOLE);
}

#[test]
fn possessive_subjects_name_their_owner() {
    check(POSSESSIVES);
}

#[test]
fn subjects_the_actor_finder_missed() {
    check(SUBJECTS);
}

#[test]
fn bare_event_nouns_take_their_clause() {
    check(NOUNS);
}

/// A photo caption that tells nothing of the story makes no row; one that retells the
/// lead is the story's own.
#[test]
fn captions_make_no_rows() {
    for (dct, caption) in [
        (
            "1999-03-13",
            "Police stand guard outside the embassy on March 13. (AP Photo/Staff)",
        ),
        (
            "2000-03-28",
            "A woman walks past the ministry on Tuesday. (Photo: Reuters)",
        ),
        (
            "2021-10-19",
            "Flags outside the headquarters on Monday. REUTERS/Yves Herman",
        ),
    ] {
        let text =
            format!("BRUSSELS (AP) - NATO foreign ministers met in Brussels on Friday.\n\n{caption}\n");
        let got = rows(dct, &text);
        assert_eq!(
            got.len(),
            1,
            "{caption}: {:?}",
            got.iter().map(|e| &e.headline).collect::<Vec<_>>()
        );
    }
}

/// A verb that only says an event happened is told by its subject's event noun: the
/// row's trigger is the noun ("exchange", "blast"), the verb's words stay in the headline.
#[test]
fn happenings_take_their_nouns() {
    for (dct, text, date, noun, headline) in [
        (
            "2023-11-08",
            "The withdrawal took effect on Tuesday.",
            "2023-11-07",
            "withdrawal",
            "The withdrawal took effect",
        ),
        (
            "2023-11-12",
            "An explosion occurred near the embassy on Friday.",
            "2023-11-10",
            "explosion",
            "An explosion occurred near the embassy",
        ),
        (
            "1998-08-08",
            "The blast in Nairobi occurred on Friday.",
            "1998-08-07",
            "blast",
            "The blast in Nairobi occurred",
        ),
        (
            "2007-12-11",
            "The withdrawal will take effect on December 12.",
            "2007-12-12",
            "withdrawal",
            "The withdrawal will take effect",
        ),
    ] {
        let got = rows(dct, text);
        let Some(row) = got.iter().find(|e| e.date == date) else {
            panic!(
                "{text}: no row on {date}; got {:?}",
                got.iter().map(|e| &e.date).collect::<Vec<_>>()
            );
        };
        assert_eq!(
            (row.trigger.as_str(), row.headline.as_str()),
            (noun, headline),
            "{text}"
        );
    }
}
