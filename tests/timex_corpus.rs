//! Table-driven resolver corpus (Duckling style): a phrase in context, the document date,
//! the expected extent and the expected TIMEX3 value. One row per rule example; a row
//! fails if the extent is not found exactly or its value differs.
//!
//! DCT 2009-12-01 is a Tuesday in ISO week 2009-W49, quarter 2009-Q4.

use chronicle::timex::extract;
use chronicle::timex::resolve::{resolve, Context, Dir};
use chronicle::timex::sem::Sem;
use chronicle::timex::tables::Unit;
use chrono::NaiveDate;

/// (text, dct or "" for none, extent, value)
type Row = (&'static str, &'static str, &'static str, &'static str);

const ABSOLUTE: &[Row] = &[
    (
        "It happened on December 1, 2009.",
        "2009-12-01",
        "December 1, 2009",
        "2009-12-01",
    ),
    (
        "It happened on Dec. 1, 2009.",
        "2009-12-01",
        "Dec. 1, 2009",
        "2009-12-01",
    ),
    (
        "It happened on Dec 1 2009.",
        "2009-12-01",
        "Dec 1 2009",
        "2009-12-01",
    ),
    (
        "It happened on 1 December 2009.",
        "2009-12-01",
        "1 December 2009",
        "2009-12-01",
    ),
    (
        "It happened on 1st December 2009.",
        "2009-12-01",
        "1st December 2009",
        "2009-12-01",
    ),
    (
        "It happened on the 1st of December.",
        "2009-12-01",
        "1st of December",
        "2009-12-01",
    ),
    (
        "It happened on 2009-12-01.",
        "2009-12-01",
        "2009-12-01",
        "2009-12-01",
    ),
    (
        "Filed 12/01/2009 in court.",
        "2009-12-01",
        "12/01/2009",
        "2009-12-01",
    ),
    (
        "Filed 25/12/2009 in court.",
        "2009-12-01",
        "25/12/2009",
        "2009-12-25",
    ),
    ("Published: 01.12.2009 18:05", "", "01.12.2009", "2009-12-01"),
    ("The vote is on Sept. 30.", "1989-10-26", "Sept. 30", "1989-09-30"),
    (
        "The offer expires Nov. 16.",
        "1989-10-30",
        "Nov. 16",
        "1989-11-16",
    ),
    (
        "It began on March 5, 1946.",
        "1998-02-06",
        "March 5, 1946",
        "1946-03-05",
    ),
    ("Payment on Dec. 15.", "1989-10-26", "Dec. 15", "1989-12-15"),
    ("It was signed on Jan. 3.", "1990-01-10", "Jan. 3", "1990-01-03"),
    ("It was signed on Dec. 28.", "1990-01-10", "Dec. 28", "1989-12-28"),
    (
        "It was signed Feb. 10, 2000.",
        "2000-01-07",
        "Feb. 10, 2000",
        "2000-02-10",
    ),
    (
        "The talks ran December 1-3.",
        "2009-12-01",
        "December 1",
        "2009-12-01",
    ),
    ("The talks ran December 1-3.", "2009-12-01", "3", "2009-12-03"),
    ("from June 3 to 5 in Rome", "2009-12-01", "June 3", "2009-06-03"),
    ("from June 3 to 5 in Rome", "2009-12-01", "5", "2009-06-05"),
    (
        "It is Saturday, April 25: the court met.",
        "1998-04-24",
        "Saturday, April 25",
        "1998-04-25",
    ),
    (
        "They met Friday, Oct. 13.",
        "1989-10-20",
        "Friday, Oct. 13",
        "1989-10-13",
    ),
    (
        "This coming Sunday, March eighth, is the day.",
        "1998-03-05",
        "This coming Sunday, March eighth",
        "1998-03-08",
    ),
    ("The ruling came on May 6.", "1998-05-07", "May 6", "1998-05-06"),
    ("It was in June 2008.", "2009-12-01", "June 2008", "2008-06"),
    ("It was in June of 2008.", "2009-12-01", "June of 2008", "2008-06"),
    (
        "the August 2008 armed conflict",
        "2009-12-01",
        "August 2008",
        "2008-08",
    ),
    (
        "in January nineteen ninety-seven",
        "1998-02-06",
        "January nineteen ninety-seven",
        "1997-01",
    ),
    (
        "in January this year",
        "1998-02-06",
        "January this year",
        "1998-01",
    ),
    ("in June last year", "1998-02-06", "June last year", "1997-06"),
    ("It was founded in 1990.", "1998-02-06", "1990", "1990"),
    ("between 2008 and 2010", "2009-12-01", "2008", "2008"),
    ("between 2008 and 2010", "2009-12-01", "2010", "2010"),
    ("from 1994 to 1997", "1998-02-06", "1997", "1997"),
    ("Since 2008, prices rose.", "2009-12-01", "2008", "2008"),
    ("The law of 1898 still holds.", "1998-02-06", "1898", "1898"),
    ("sales in fiscal 1989 rose", "1989-10-26", "fiscal 1989", "1989"),
    ("the class of '09", "2009-12-01", "'09", "2009"),
    (
        "in nineteen ninety-six",
        "1998-02-06",
        "nineteen ninety-six",
        "1996",
    ),
    (
        "by the year two thousand",
        "1998-02-06",
        "the year two thousand",
        "2000",
    ),
    ("in the 1990s", "2009-12-01", "the 1990s", "199"),
    ("in the '90s", "2009-12-01", "the '90s", "199"),
    ("in the nineties", "2009-12-01", "the nineties", "199"),
    ("since the 1960s", "2009-12-01", "the 1960s", "196"),
    ("in the early 1980s", "2009-12-01", "the early 1980s", "198"),
    ("in the mid-1990s", "2009-12-01", "the mid-1990s", "199"),
    ("in the 20th century", "2009-12-01", "the 20th century", "19"),
    ("since the 11th century", "2009-12-01", "the 11th century", "10"),
    ("in the 1900s", "2009-12-01", "the 1900s", "19"),
    ("in mid-1996", "1998-02-06", "mid-1996", "1996"),
    ("in early 1990", "1991-02-06", "early 1990", "1990"),
    ("by the end of 1990", "1989-10-26", "the end of 1990", "1990"),
    (
        "in the first half of 2008",
        "2009-12-01",
        "the first half of 2008",
        "2008-H1",
    ),
    (
        "in the second half of 2008",
        "2009-12-01",
        "the second half of 2008",
        "2008-H2",
    ),
    (
        "in the third quarter of 1984",
        "1989-10-26",
        "the third quarter of 1984",
        "1984-Q3",
    ),
    (
        "results for Q3 2008 were weak",
        "2009-12-01",
        "Q3 2008",
        "2008-Q3",
    ),
    (
        "in the 1988 second quarter",
        "1989-10-26",
        "the 1988 second quarter",
        "1988-Q2",
    ),
    (
        "in the summer of 2008",
        "2009-12-01",
        "the summer of 2008",
        "2008-SU",
    ),
    (
        "in the winter of nineteen ninety-four",
        "1998-02-06",
        "the winter of nineteen ninety-four",
        "1994-WI",
    ),
    (
        "on Christmas Day 2008",
        "2009-12-01",
        "Christmas Day 2008",
        "2008-12-25",
    ),
    (
        "the week of March 6",
        "2000-03-20",
        "the week of March 6",
        "2000-W10",
    ),
];

const WEEKDAYS: &[Row] = &[
    (
        "The envoy met the secretary general on Tuesday.",
        "2009-12-01",
        "Tuesday",
        "2009-12-01",
    ),
    ("He spoke on Monday.", "2009-12-01", "Monday", "2009-11-30"),
    (
        "Russia published a draft on Sunday.",
        "2009-12-01",
        "Sunday",
        "2009-11-29",
    ),
    (
        "The vote took place Saturday.",
        "2009-12-01",
        "Saturday",
        "2009-11-28",
    ),
    ("Prices fell Friday.", "2009-12-01", "Friday", "2009-11-27"),
    ("Talks ended Thursday.", "2009-12-01", "Thursday", "2009-11-26"),
    ("He resigned Wednesday.", "2009-12-01", "Wednesday", "2009-11-25"),
    ("ahead of Friday's meeting", "2009-12-01", "Friday", "2009-12-04"),
    (
        "The council will meet on Friday.",
        "2009-12-01",
        "Friday",
        "2009-12-04",
    ),
    (
        "The ministers are to meet Thursday.",
        "2009-12-01",
        "Thursday",
        "2009-12-03",
    ),
    (
        "The vote is scheduled for Wednesday.",
        "2009-12-01",
        "Wednesday",
        "2009-12-02",
    ),
    (
        "The upcoming summit on Monday",
        "2009-12-01",
        "Monday",
        "2009-12-07",
    ),
    (
        "the forthcoming session on Saturday",
        "2009-12-01",
        "Saturday",
        "2009-12-05",
    ),
    ("The deal is due Sunday.", "2009-12-01", "Sunday", "2009-12-06"),
    (
        "Trading is set to resume Monday.",
        "2009-12-01",
        "Monday",
        "2009-12-07",
    ),
    (
        "They plan to leave on Thursday.",
        "2009-12-01",
        "Thursday",
        "2009-12-03",
    ),
    (
        "He said last Tuesday that",
        "2009-12-01",
        "last Tuesday",
        "2009-11-24",
    ),
    ("He left last Friday.", "2009-12-01", "last Friday", "2009-11-27"),
    // an attribution after a quote or comma says when it was said, not when it happens
    (
        "``He will leave at dawn Thursday,'' Castro said.",
        "2009-12-01",
        "Thursday",
        "2009-12-03",
    ),
    (
        "The envoy will fly home Friday, officials said.",
        "2009-12-01",
        "Friday",
        "2009-12-04",
    ),
    // a fronted expression takes the tense of the main clause after the subject
    (
        "On Thursday, the National Abortion and Reproductive Rights League plans to hold a rally.",
        "2009-12-01",
        "Thursday",
        "2009-12-03",
    ),
    (
        "Until Thursday, investigators had not called him a suspect.",
        "2009-12-01",
        "Thursday",
        "2009-11-26",
    ),
    // `since` governs a date on or before the DCT; `were planning` is a plan
    (
        "The carrier has been on patrol since Friday.",
        "2009-12-01",
        "Friday",
        "2009-11-27",
    ),
    // farther away `since` heads a phrase of its own: a future cue of the clause wins
    (
        "Ministers will hold their first meeting since the war on Friday.",
        "2009-12-01",
        "Friday",
        "2009-12-04",
    ),
    (
        "Police have hunted him since soon after the Friday attack.",
        "2009-12-01",
        "Friday",
        "2009-11-27",
    ),
    (
        "Protesters were planning to march on Saturday.",
        "2009-12-01",
        "Saturday",
        "2009-12-05",
    ),
    // `plans` is a cue as a verb, not as a noun
    (
        "He cut short his vacation plans on Friday.",
        "2009-12-01",
        "Friday",
        "2009-11-27",
    ),
    // a capitalised word ending in -ed is a name, not a past participle
    (
        "The team will travel to the United States Thursday.",
        "2009-12-01",
        "Thursday",
        "2009-12-03",
    ),
    (
        "They meet next Tuesday.",
        "2009-12-01",
        "next Tuesday",
        "2009-12-08",
    ),
    (
        "They meet next Friday.",
        "2009-12-01",
        "next Friday",
        "2009-12-04",
    ),
    (
        "They meet this Friday.",
        "2009-12-01",
        "this Friday",
        "2009-12-04",
    ),
    ("They met this Monday.", "2009-12-01", "this Monday", "2009-11-30"),
    (
        "They meet this coming Sunday.",
        "2009-12-01",
        "this coming Sunday",
        "2009-12-06",
    ),
    (
        "They met this past Sunday.",
        "2009-12-01",
        "this past Sunday",
        "2009-11-29",
    ),
    (
        "They meet coming Sunday.",
        "2009-12-01",
        "coming Sunday",
        "2009-12-06",
    ),
    (
        "Friday's meeting was tense.",
        "2009-12-01",
        "Friday",
        "2009-11-27",
    ),
    (
        "A blast on Tuesday morning killed two.",
        "2009-12-01",
        "Tuesday morning",
        "2009-12-01TMO",
    ),
    (
        "Protesters rallied Friday night.",
        "2009-12-01",
        "Friday night",
        "2009-11-27TNI",
    ),
    (
        "He spoke Monday evening.",
        "2009-12-01",
        "Monday evening",
        "2009-11-30TEV",
    ),
    (
        "He spoke Sunday afternoon.",
        "2009-12-01",
        "Sunday afternoon",
        "2009-11-29TAF",
    ),
    (
        "He arrived early Tuesday.",
        "2009-12-01",
        "early Tuesday",
        "2009-12-01",
    ),
    (
        "He arrived late Monday.",
        "2009-12-01",
        "late Monday",
        "2009-11-30",
    ),
    (
        "It happened on Fri. in Paris.",
        "2009-12-01",
        "Fri.",
        "2009-11-27",
    ),
    (
        "Sat., Dec. 5 is the day.",
        "2009-12-01",
        "Sat., Dec. 5",
        "2009-12-05",
    ),
    ("Talks resumed Monday.", "1998-02-06", "Monday", "1998-02-02"),
    ("Markets closed Friday.", "1998-02-06", "Friday", "1998-02-06"),
    ("He will testify Monday.", "1998-02-06", "Monday", "1998-02-09"),
    (
        "the previous Friday",
        "1989-10-30",
        "the previous Friday",
        "1989-10-27",
    ),
    // anaphoric: counted from the day the story last named, not from the DCT
    (
        "Shares fell on Oct. 27, down 4% from the previous Friday.",
        "1989-10-30",
        "the previous Friday",
        "1989-10-20",
    ),
    (
        "He arrived on Dec. 2, 2009 and left the following Monday.",
        "2009-12-10",
        "the following Monday",
        "2009-12-07",
    ),
    ("He works on Tuesdays.", "2009-12-01", "Tuesdays", "XXXX-WXX-2"),
    (
        "The club meets Tuesday nights.",
        "2009-12-01",
        "Tuesday nights",
        "XXXX-WXX-2TNI",
    ),
    ("He spoke on Tuesday.", "", "Tuesday", "XXXX-WXX-2"),
    // a schedule verb in the simple present points ahead
    (
        "He and Arafat meet separately Monday with Albright.",
        "1998-05-01",
        "Monday",
        "1998-05-04",
    ),
    (
        "The trial resumes Thursday.",
        "2009-12-01",
        "Thursday",
        "2009-12-03",
    ),
    ("The vote comes Thursday.", "2009-12-02", "Thursday", "2009-12-03"),
    (
        "The strike ends Friday, union leaders said.",
        "2009-12-02",
        "Friday",
        "2009-12-04",
    ),
    (
        "The offer expires Friday, the company said.",
        "2009-12-01",
        "Friday",
        "2009-12-04",
    ),
    (
        "The delegation leaves Saturday for Kabul.",
        "2009-12-01",
        "Saturday",
        "2009-12-05",
    ),
    // ... but not as a noun, an infinitive or after an auxiliary that is a cue itself
    (
        "She did not meet Monday's deadline.",
        "2009-12-01",
        "Monday",
        "2009-11-30",
    ),
    (
        "He came to meet Monday's visitors.",
        "2009-12-01",
        "Monday",
        "2009-11-30",
    ),
    (
        "The stores remained open Monday.",
        "2009-12-01",
        "Monday",
        "2009-11-30",
    ),
    // future in the past: the nearer day either way
    (
        "Craig announced that the father would be traveling to the United States Thursday.",
        "2000-04-05",
        "Thursday",
        "2000-04-06",
    ),
    (
        "He told aides he would resign Monday.",
        "2009-12-02",
        "Monday",
        "2009-11-30",
    ),
    (
        "They hoped the deal would close Friday.",
        "2009-12-02",
        "Friday",
        "2009-12-04",
    ),
    // "could": the past of "can" or a possibility ahead, the nearer day either way
    (
        "Neither he nor his parents could be located Wednesday.",
        "2000-01-06",
        "Wednesday",
        "2000-01-05",
    ),
    (
        "The vote could come Friday.",
        "2009-12-02",
        "Friday",
        "2009-12-04",
    ),
];

const DAY_WORDS: &[Row] = &[
    (
        "The minister said today that",
        "2009-12-01",
        "today",
        "2009-12-01",
    ),
    (
        "The minister said yesterday that",
        "2009-12-01",
        "yesterday",
        "2009-11-30",
    ),
    (
        "The minister will speak tomorrow.",
        "2009-12-01",
        "tomorrow",
        "2009-12-02",
    ),
    (
        "The minister will speak tonight.",
        "2009-12-01",
        "tonight",
        "2009-12-01TNI",
    ),
    (
        "He spoke yesterday morning.",
        "2009-12-01",
        "yesterday morning",
        "2009-11-30TMO",
    ),
    (
        "He will speak tomorrow evening.",
        "2009-12-01",
        "tomorrow evening",
        "2009-12-02TEV",
    ),
    (
        "He spoke this morning.",
        "2009-12-01",
        "this morning",
        "2009-12-01TMO",
    ),
    (
        "He spoke this afternoon.",
        "2009-12-01",
        "this afternoon",
        "2009-12-01TAF",
    ),
    (
        "He will speak this evening.",
        "2009-12-01",
        "this evening",
        "2009-12-01TEV",
    ),
    (
        "He spoke last night.",
        "2009-12-01",
        "last night",
        "2009-11-30TNI",
    ),
    (
        "He spoke late yesterday.",
        "2009-12-01",
        "late yesterday",
        "2009-11-30",
    ),
    (
        "He spoke earlier today.",
        "2009-12-01",
        "earlier today",
        "2009-12-01",
    ),
    (
        "the day before yesterday",
        "2009-12-01",
        "day before yesterday",
        "2009-11-29",
    ),
    (
        "the day after tomorrow",
        "2009-12-01",
        "day after tomorrow",
        "2009-12-03",
    ),
    // case does not matter ("Today" inside a sentence is a name: see NOT_TIMEX)
    ("He spoke TODAY.", "1998-02-06", "TODAY", "1998-02-06"),
    ("He spoke yesterday.", "", "yesterday", "XXXX-XX-XX"),
    // a time on an unknown day is on XXXX-XX-XX, not on PRESENT_REF (found by fuzzing)
    ("Talks end tonight.", "", "tonight", "XXXX-XX-XXTNI"),
    (
        "They meet at 10 a.m. today.",
        "",
        "10 a.m. today",
        "XXXX-XX-XXT10:00",
    ),
    ("He speaks today.", "", "today", "PRESENT_REF"),
];

const RELATIVE: &[Row] = &[
    ("It rose last week.", "2009-12-01", "last week", "2009-W48"),
    ("It rose this week.", "2009-12-01", "this week", "2009-W49"),
    ("It will rise next week.", "2009-12-01", "next week", "2009-W50"),
    ("It rose last month.", "2009-12-01", "last month", "2009-11"),
    ("It rose this month.", "2009-12-01", "this month", "2009-12"),
    ("It will rise next month.", "2009-12-01", "next month", "2010-01"),
    ("It rose last year.", "2009-12-01", "last year", "2008"),
    ("It rose this year.", "2009-12-01", "this year", "2009"),
    ("It will rise next year.", "2009-12-01", "next year", "2010"),
    ("It rose last quarter.", "2009-12-01", "last quarter", "2009-Q3"),
    ("It rose this quarter.", "2009-12-01", "this quarter", "2009-Q4"),
    (
        "It will rise next quarter.",
        "2009-12-01",
        "next quarter",
        "2010-Q1",
    ),
    (
        "It rose in the current quarter.",
        "2009-12-01",
        "the current quarter",
        "2009-Q4",
    ),
    (
        "It rose in the current fiscal year.",
        "2009-12-01",
        "the current fiscal year",
        "2009",
    ),
    ("It rose in the past year.", "2009-12-01", "the past year", "2008"),
    (
        "It rose in the last week.",
        "2009-12-01",
        "the last week",
        "2009-W48",
    ),
    (
        "It rose the previous year.",
        "2009-12-01",
        "the previous year",
        "2008",
    ),
    (
        "It rose last weekend.",
        "2009-12-01",
        "last weekend",
        "2009-W48-WE",
    ),
    (
        "It will rise this weekend.",
        "2009-12-01",
        "this weekend",
        "2009-W49-WE",
    ),
    ("It rose last decade.", "2009-12-01", "last decade", "199"),
    ("It rose this century.", "2009-12-01", "this century", "20"),
    (
        "It rose earlier this month.",
        "2009-12-01",
        "earlier this month",
        "2009-12",
    ),
    (
        "It rose earlier this year.",
        "2009-12-01",
        "earlier this year",
        "2009",
    ),
    (
        "It will rise later this year.",
        "2009-12-01",
        "later this year",
        "2009",
    ),
    (
        "It will rise early next year.",
        "2009-12-01",
        "early next year",
        "2010",
    ),
    (
        "It rose late last week.",
        "2009-12-01",
        "late last week",
        "2009-W48",
    ),
    (
        "It rose early this week.",
        "2009-12-01",
        "early this week",
        "2009-W49",
    ),
    (
        "by the end of the year",
        "2009-12-01",
        "the end of the year",
        "2009",
    ),
    (
        "by the end of this week",
        "2009-12-01",
        "the end of this week",
        "2009-W49",
    ),
    (
        "at the beginning of October",
        "2009-12-01",
        "the beginning of October",
        "2009-10",
    ),
    (
        "by the middle of October",
        "2009-12-01",
        "the middle of October",
        "2009-10",
    ),
    ("It rose in early June.", "2009-12-01", "early June", "2009-06"),
    ("It rose in mid-June.", "2009-12-01", "mid-June", "2009-06"),
    ("It rose in late June.", "2009-12-01", "late June", "2009-06"),
    (
        "It rose in late-November.",
        "2009-12-01",
        "late-November",
        "2009-11",
    ),
    ("It rose last April.", "2009-12-01", "last April", "2009-04"),
    ("It rose last December.", "2009-12-01", "last December", "2008-12"),
    ("It will rise next April.", "2009-12-01", "next April", "2010-04"),
    (
        "It rose this September.",
        "2009-12-01",
        "this September",
        "2009-09",
    ),
    ("It rose last spring.", "2009-12-01", "last spring", "2009-SP"),
    ("It rose last summer.", "2009-12-01", "last summer", "2009-SU"),
    ("It rose last fall.", "2009-12-01", "last fall", "2009-FA"),
    ("It rose last fall.", "1998-02-06", "last fall", "1997-FA"),
    ("It rose this summer.", "2009-12-01", "this summer", "2009-SU"),
    (
        "It will rise next spring.",
        "2009-12-01",
        "next spring",
        "2010-SP",
    ),
    (
        "It rose this past spring.",
        "2009-12-01",
        "this past spring",
        "2009-SP",
    ),
    ("It rose in the summer.", "2009-12-01", "the summer", "2009-SU"),
    ("It rose in summer.", "2009-12-01", "summer", "2009-SU"),
    (
        "It rose in the early summer.",
        "2009-12-01",
        "the early summer",
        "2009-SU",
    ),
    (
        "It rose in the third quarter.",
        "2009-12-01",
        "the third quarter",
        "2009-Q3",
    ),
    (
        "Third-quarter profit rose.",
        "1989-10-26",
        "Third-quarter",
        "1989-Q3",
    ),
    (
        "the fourth quarter will be weak",
        "1989-10-26",
        "the fourth quarter",
        "1989-Q4",
    ),
    (
        "in the fiscal first quarter",
        "1989-10-26",
        "the fiscal first quarter",
        "1989-Q1",
    ),
    (
        "this year's third quarter",
        "1989-10-26",
        "this year's third quarter",
        "1989-Q3",
    ),
    (
        "next year's first quarter",
        "1989-10-26",
        "next year's first quarter",
        "1990-Q1",
    ),
    (
        "in the latest quarter",
        "1989-10-26",
        "the latest quarter",
        "1989-Q3",
    ),
    (
        "Third-quarter net rose. In the quarter, sales fell.",
        "1989-10-26",
        "the quarter",
        "1989-Q3",
    ),
    (
        "Net rose in the fiscal first quarter. In the 1988 period, it earned $2. Sun shipped 9 in the quarter.",
        "1989-10-26",
        "the quarter",
        "1989-Q1",
    ),
    (
        "Third-quarter net rose 5% from the year-ago quarter.",
        "1989-10-26",
        "the year-ago quarter",
        "1988-Q3",
    ),
    (
        "Third-quarter net rose from the year-earlier period.",
        "1989-10-26",
        "the year-earlier period",
        "1988-Q3",
    ),
    // the reporting quarter with a year-back phrase after it is one expression
    (
        "Third-quarter net fell, compared with the corresponding period last year.",
        "1989-11-01",
        "the corresponding period last year",
        "1988-Q3",
    ),
    (
        "It lost money in the third quarter. For the quarter a year ago, it earned $16 million.",
        "1989-10-26",
        "the quarter a year ago",
        "1988-Q3",
    ),
    (
        "Third-quarter net rose. In the 1988 period it was weak.",
        "1989-10-26",
        "the 1988 period",
        "1988-Q3",
    ),
    ("in the second half", "2009-12-01", "the second half", "2009-H2"),
    ("It rose in June.", "2009-12-01", "June", "2009-06"),
    ("It rose in December.", "2009-12-01", "December", "2009-12"),
    ("It will rise in January.", "2009-12-01", "January", "2010-01"),
    (
        "The meeting is scheduled for March.",
        "2009-12-01",
        "March",
        "2010-03",
    ),
    (
        "The plan was approved in March.",
        "2009-12-01",
        "March",
        "2009-03",
    ),
    ("It rose in May.", "2009-12-01", "May", "2009-05"),
    // "the full year" of a report is the current year, even after other years were named
    (
        "Profit rose from 1992 levels; sales for the full year were $6 billion.",
        "1989-10-30",
        "the full year",
        "1989",
    ),
    (
        "Sales in the calendar year rose.",
        "1989-10-30",
        "the calendar year",
        "1989",
    ),
    // no cue: a month one or two ahead of the DCT is the coming one, three ahead the past one
    (
        "The dividend is payable in January.",
        "2009-12-01",
        "January",
        "2010-01",
    ),
    ("Talks resume in February.", "2009-12-01", "February", "2010-02"),
    // an irregular past tense is a past cue; a present passive is not
    ("Sales rose in January.", "2009-12-01", "January", "2009-01"),
    (
        "He stays until the case is heard in January.",
        "2009-12-01",
        "January",
        "2010-01",
    ),
    ("Prices rose in March.", "2009-12-01", "March", "2009-03"),
    // a passive infinitive ("be named") and a participle after a determiner ("a still
    // unspecified date") are no past tense; "supposed to" points ahead
    (
        "Collins will be named commander for a mission in December.",
        "1998-03-04",
        "December",
        "1998-12",
    ),
    (
        "The deal is due to close on a still unspecified date in March.",
        "2009-12-01",
        "March",
        "2010-03",
    ),
    (
        "The dividend would be paid on a still unspecified date in January.",
        "1989-10-26",
        "January",
        "1990-01",
    ),
    // no cue near: a modal "will" far back still rules the sentence
    (
        "Air Force Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December.",
        "1998-03-04",
        "December",
        "1998-12",
    ),
    (
        "Officials who will attend the summit said the proposal, drafted by experts from both countries, was first discussed in July.",
        "1998-03-04",
        "July",
        "1997-07",
    ),
    // a deadline with no tense around it lies ahead; a past perfect keeps it behind
    (
        "It is part of a program to pay down the bridge loan by February.",
        "1989-10-30",
        "February",
        "1990-02",
    ),
    ("Forms must be filed by Friday.", "2009-12-01", "Friday", "2009-12-04"),
    ("By February the rebels had taken the city.", "2009-12-01", "February", "2009-02"),
    // "would" with a month: ahead unless it is one of the last two
    (
        "He said he would retire in September.",
        "2009-02-10",
        "September",
        "2009-09",
    ),
    (
        "The firm said it would cut 500 jobs in October.",
        "2009-11-20",
        "October",
        "2009-10",
    ),
    // past a comma the words ahead are another clause's: the own clause speaks first
    (
        "Britain, which sponsors talks that are supposed to conclude by May, invited Sinn Fein.",
        "1998-03-22",
        "May",
        "1998-05",
    ),
    // a past verb governing a month and day two months or more ahead sends it back a year;
    // "effective" goes either way, to the nearer
    (
        "In the fiscal year ended Jan. 31, the company earned $2 million.",
        "1989-10-31",
        "Jan. 31",
        "1989-01-31",
    ),
    (
        "The bank created an office of the chairman, effective Feb. 1.",
        "1989-10-26",
        "Feb. 1",
        "1990-02-01",
    ),
    (
        "The plan was approved in January.",
        "2009-12-01",
        "January",
        "2009-01",
    ),
    ("It rose in June.", "", "June", "XXXX-06"),
    ("It rose last week.", "", "last week", "XXXX-WXX"),
    ("It will rise next year.", "", "next year", "XXXX"),
    ("It rose in the quarter.", "", "the quarter", "XXXX-QX"),
    ("It rose two days ago.", "", "two days ago", "PAST_REF"),
    (
        "It rose in the third quarter.",
        "",
        "the third quarter",
        "XXXX-Q3",
    ),
    ("It rose on Dec. 1, 2009.", "", "Dec. 1, 2009", "2009-12-01"),
];

const COUNTED: &[Row] = &[
    // a spaced dash after a year is punctuation, a glued one makes a compound
    (
        "It sold its stake in 1984 -- part of a plan.",
        "1989-10-30",
        "1984",
        "1984",
    ),
    (
        "It happened two days ago.",
        "2009-12-01",
        "two days ago",
        "2009-11-29",
    ),
    (
        "It happened 10 days ago.",
        "2009-12-01",
        "10 days ago",
        "2009-11-21",
    ),
    (
        "It happened three weeks ago.",
        "2009-12-01",
        "three weeks ago",
        "2009-W46",
    ),
    (
        "It happened two months ago.",
        "2009-12-01",
        "two months ago",
        "2009-10",
    ),
    ("It happened a year ago.", "2009-12-01", "a year ago", "2008"),
    (
        "It happened two years ago.",
        "2009-12-01",
        "two years ago",
        "2007",
    ),
    ("It happened a decade ago.", "2009-12-01", "a decade ago", "1999"),
    (
        "It happened twenty-five years ago.",
        "2009-12-01",
        "twenty-five years ago",
        "1984",
    ),
    (
        "It happened a dozen years ago.",
        "2009-12-01",
        "a dozen years ago",
        "1997",
    ),
    ("It happened 41 years ago.", "2000-02-16", "41 years ago", "1959"),
    (
        "It happened several years ago.",
        "2009-12-01",
        "several years ago",
        "PAST_REF",
    ),
    (
        "It happened about two years ago.",
        "2009-12-01",
        "about two years ago",
        "2007",
    ),
    (
        "It happened a week or so ago.",
        "2009-12-01",
        "a week or so ago",
        "2009-W48",
    ),
    (
        "He arrived on June 3, 2008. Two days later he left.",
        "2009-12-01",
        "Two days later",
        "2008-06-05",
    ),
    (
        "He arrived on June 3, 2008. Three weeks later he left.",
        "2009-12-01",
        "Three weeks later",
        "2008-W26",
    ),
    // a hedged count of years names a year, not the anchor's day (TimeBank: "nearly
    // four years ago" is 1994); an exact count keeps the day
    (
        "He arrived on June 3, 2008. Less than a year later he left.",
        "2009-12-01",
        "Less than a year later",
        "2009",
    ),
    (
        "The talks opened on 12 March 2015. More than two years later they collapsed.",
        "2019-12-01",
        "More than two years later",
        "2017",
    ),
    (
        "The plant opened in May 1994. Nearly a year earlier it was approved.",
        "2009-12-01",
        "Nearly a year earlier",
        "1993",
    ),
    (
        "He arrived on June 3, 2008. A year later he left.",
        "2009-12-01",
        "A year later",
        "2009-06-03",
    ),
    (
        "He arrived on June 3, 2008. A day earlier he called.",
        "2009-12-01",
        "A day earlier",
        "2008-06-02",
    ),
    (
        "He arrived on June 3, 2008. The next day he left.",
        "2009-12-01",
        "The next day",
        "2008-06-04",
    ),
    (
        "He arrived on June 3, 2008. The following day he left.",
        "2009-12-01",
        "The following day",
        "2008-06-04",
    ),
    (
        "He arrived in 2005. The following year he left.",
        "2009-12-01",
        "The following year",
        "2006",
    ),
    (
        "He arrived in 2005. The previous year he was away.",
        "2009-12-01",
        "The previous year",
        "2004",
    ),
    (
        "He arrived in June 2005. That month he left.",
        "2009-12-01",
        "That month",
        "2005-06",
    ),
    // a day (month) of a named month (year) the text leaves open
    (
        "He was killed last October. His name was crossed out that same day.",
        "2009-12-01",
        "that same day",
        "2009-10-XX",
    ),
    (
        "The plant opened in 2005. That month it hired 300.",
        "2009-12-01",
        "That month",
        "2005-XX",
    ),
    (
        "He arrived in 2005. That year he left.",
        "2009-12-01",
        "That year",
        "2005",
    ),
    (
        "He arrived on June 3, 2008. That same day he left.",
        "2009-12-01",
        "That same day",
        "2008-06-03",
    ),
    (
        "He arrived on June 3, 2008. The same day he left.",
        "2009-12-01",
        "The same day",
        "2008-06-03",
    ),
    (
        "He arrived on June 3, 2008 and left the next morning.",
        "2009-12-01",
        "the next morning",
        "2008-06-04TMO",
    ),
    (
        "Profit rose. A year earlier it fell.",
        "2009-12-01",
        "A year earlier",
        "2008",
    ),
    (
        "Third-quarter net rose 5% from a year earlier.",
        "1989-10-26",
        "a year earlier",
        "1988-Q3",
    ),
    (
        "Third-quarter net rose 5% from a year ago.",
        "1989-10-26",
        "a year ago",
        "1988-Q3",
    ),
    (
        "Net rose in the fiscal first quarter ended Sept. 30, from C$2 million a year ago.",
        "1989-10-26",
        "a year ago",
        "1988-Q1",
    ),
    (
        "Third-quarter net rose over year-earlier levels.",
        "1989-10-26",
        "year-earlier",
        "1988-Q3",
    ),
    (
        "It will happen two years from now.",
        "2009-12-01",
        "two years from now",
        "2011",
    ),
    ("It happened months ago.", "2009-12-01", "months ago", "PAST_REF"),
    (
        "He returned three days after.",
        "2009-12-01",
        "three days after",
        "2009-12-04",
    ),
];

const DURATIONS: &[Row] = &[
    (
        "Russia and Georgia fought a five-day war.",
        "2009-12-01",
        "five-day",
        "P5D",
    ),
    ("a two-month delay", "2009-12-01", "two-month", "P2M"),
    ("a 30-year bond", "2009-12-01", "30-year", "P30Y"),
    ("a 16-hour flight", "2009-12-01", "16-hour", "PT16H"),
    ("a 52-week high", "2009-12-01", "52-week", "P52W"),
    ("a two-week trip", "2009-12-01", "two-week", "P2W"),
    (
        "a twenty-five-year lease",
        "2009-12-01",
        "twenty-five-year",
        "P25Y",
    ),
    ("He served for three years.", "2009-12-01", "three years", "P3Y"),
    ("He served for two days.", "2009-12-01", "two days", "P2D"),
    ("He served for 18 months.", "2009-12-01", "18 months", "P18M"),
    ("He served for five hours.", "2009-12-01", "five hours", "PT5H"),
    ("He served for one minute.", "2009-12-01", "one minute", "PT1M"),
    ("He served for 90 seconds.", "2009-12-01", "90 seconds", "PT90S"),
    ("He served for a week.", "2009-12-01", "a week", "P1W"),
    ("He served for a month.", "2009-12-01", "a month", "P1M"),
    // a decade counts in years (`P1E` is read by no other TIMEX3 tool)
    ("He served for a decade.", "2009-12-01", "a decade", "P10Y"),
    ("She ruled for two decades.", "1998-02-06", "two decades", "P20Y"),
    (
        "The war lasted half a decade.",
        "2016-03-04",
        "half a decade",
        "P5Y",
    ),
    (
        "The rivalry has run for about a decade.",
        "1989-10-26",
        "about a decade",
        "P10Y",
    ),
    ("He served for two decades.", "2009-12-01", "two decades", "P20Y"),
    (
        "He served for a dozen years.",
        "2009-12-01",
        "a dozen years",
        "P12Y",
    ),
    (
        "He served for twenty years.",
        "2009-12-01",
        "twenty years",
        "P20Y",
    ),
    (
        "He served for twenty four hours.",
        "2009-12-01",
        "twenty four hours",
        "PT24H",
    ),
    (
        "It fell in the past three months.",
        "2009-12-01",
        "the past three months",
        "P3M",
    ),
    (
        "It fell in the past 18 months.",
        "2009-12-01",
        "the past 18 months",
        "P18M",
    ),
    (
        "It fell over the last two weeks.",
        "2009-12-01",
        "the last two weeks",
        "P2W",
    ),
    (
        "It will rise over the next two years.",
        "2009-12-01",
        "the next two years",
        "P2Y",
    ),
    (
        "It will rise in the next few days.",
        "2009-12-01",
        "the next few days",
        "PXD",
    ),
    (
        "It fell in the first nine months.",
        "2009-12-01",
        "the first nine months",
        "P9M",
    ),
    (
        "It fell in the nine months.",
        "2009-12-01",
        "the nine months",
        "P9M",
    ),
    ("It lasted several years.", "2009-12-01", "several years", "PXY"),
    ("It lasted a few days.", "2009-12-01", "a few days", "PXD"),
    (
        "It lasted a couple of years.",
        "2009-12-01",
        "a couple of years",
        "P2Y",
    ),
    (
        "Sales should grow over the next couple of years.",
        "1989-10-26",
        "the next couple of years",
        "P2Y",
    ),
    ("It lasted 2 1/2 years.", "2009-12-01", "2 1/2 years", "P2Y6M"),
    ("It lasted 5 1/2 hours.", "2009-12-01", "5 1/2 hours", "PT5H30M"),
    (
        "It lasted a minute and a half.",
        "2009-12-01",
        "a minute and a half",
        "PT1M30S",
    ),
    (
        "It lasted two and a half years.",
        "2009-12-01",
        "two and a half years",
        "P2Y6M",
    ),
    (
        "It lasted nearly forty years.",
        "2009-12-01",
        "nearly forty years",
        "P40Y",
    ),
    (
        "It lasted more than four hours.",
        "2009-12-01",
        "more than four hours",
        "PT4H",
    ),
    (
        "It lasted less than one hour.",
        "2009-12-01",
        "less than one hour",
        "PT1H",
    ),
    (
        "It lasted at least 30 days.",
        "2009-12-01",
        "at least 30 days",
        "P30D",
    ),
    (
        "It lasted up to 180 days.",
        "2009-12-01",
        "up to 180 days",
        "P180D",
    ),
    (
        "It lasted no more than sixty days.",
        "2009-12-01",
        "no more than sixty days",
        "P60D",
    ),
    (
        "It lasted almost a hundred years.",
        "2009-12-01",
        "almost a hundred years",
        "P100Y",
    ),
    ("It lasted two more weeks.", "2009-12-01", "two more weeks", "P2W"),
    ("It lasted for years.", "2009-12-01", "years", "PXY"),
    ("It lasted for weeks.", "2009-12-01", "weeks", "PXW"),
    ("It took months.", "2009-12-01", "months", "PXM"),
    ("It lasted for decades.", "2009-12-01", "decades", "PXY"),
    ("It lasted for centuries.", "2009-12-01", "centuries", "PXCE"),
    (
        "It lasted the past two quarters.",
        "2009-12-01",
        "the past two quarters",
        "P2Q",
    ),
    ("an 8-month-old truce", "2009-12-01", "8-month-old", "P8M"),
    ("a day-long strike", "2009-12-01", "day-long", "P1D"),
    ("for the year ended July 2", "1989-10-27", "the year", "P1Y"),
    ("It lasted 14 days.", "2009-12-01", "14 days", "P14D"),
    ("It lasted one day.", "2009-12-01", "one day", "P1D"),
    ("It lasted six weeks.", "2009-12-01", "six weeks", "P6W"),
    ("It lasted 1.5 hours.", "2009-12-01", "1.5 hours", "PT1H30M"),
    ("It lasted half a year.", "2009-12-01", "half a year", "P6M"),
];

const TIMES: &[Row] = &[
    // a part of the day with its position: the story's day, or the day named after it
    (
        "By mid afternoon, the crowd had grown.",
        "1998-03-06",
        "mid afternoon",
        "1998-03-06TAF",
    ),
    (
        "Shares fell at mid-afternoon yesterday.",
        "1989-11-02",
        "mid-afternoon yesterday",
        "1989-11-01TAF",
    ),
    (
        "The talks ran into the late evening.",
        "2021-04-17",
        "the late evening",
        "2021-04-17TEV",
    ),
    (
        "Troops crossed on Saturday, March 5. Shelling began in the early morning.",
        "2022-03-08",
        "the early morning",
        "2022-03-05TMO",
    ),
    (
        "The vote is set for late afternoon Friday.",
        "2016-11-02",
        "late afternoon Friday",
        "2016-11-04TAF",
    ),
    (
        "Police said the raid began early morning Tuesday.",
        "2013-09-19",
        "early morning Tuesday",
        "2013-09-17TMO",
    ),
    // ... or on the day its clause names a few words later
    (
        "Police raided the house in an early morning operation on June 3, 2019.",
        "2024-07-12",
        "early morning",
        "2019-06-03TMO",
    ),
    (
        "Troops moved in during a late evening raid on Tuesday.",
        "2017-05-11",
        "late evening",
        "2017-05-09TEV",
    ),
    (
        "Shelling began early morning, officials said on Tuesday.",
        "2017-05-11",
        "early morning",
        "2017-05-11TMO",
    ),
    // a clock time in a clause pointing ahead is on the DCT's day, not the story's last
    (
        "The treaty was signed on May 26, 1972. The vote is at 3 p.m.",
        "2024-07-12",
        "3 p.m.",
        "2024-07-12T15:00",
    ),
    (
        "The bomb exploded on June 3, 2019. Leaders will meet at noon.",
        "2023-02-14",
        "noon",
        "2023-02-14T12:00",
    ),
    (
        "The first blast came on June 3, 2019. The second came at 10 p.m.",
        "2023-02-14",
        "10 p.m.",
        "2019-06-03T22:00",
    ),
    (
        "The blast came at 10:30 a.m.",
        "2009-12-01",
        "10:30 a.m.",
        "2009-12-01T10:30",
    ),
    (
        "The blast came at 10:30 p.m. Monday.",
        "2009-12-01",
        "10:30 p.m. Monday",
        "2009-11-30T22:30",
    ),
    (
        "It closed at 5 p.m. EST.",
        "2009-12-01",
        "5 p.m. EST",
        "2009-12-01T17:00-05:00",
    ),
    (
        "The ceasefire starts at 1500 GMT.",
        "2009-12-01",
        "1500 GMT",
        "2009-12-01T15:00Z",
    ),
    // an explicit zone stays in the value as ISO 8601 writes it; the day named after the
    // clock time is its day
    (
        "Voting ends at 18:00 UTC on Monday.",
        "2021-03-10",
        "18:00 UTC",
        "2021-03-15T18:00Z",
    ),
    (
        "The launch is set for 6:07 a.m. EST Thursday.",
        "2017-02-13",
        "6:07 a.m. EST Thursday",
        "2017-02-16T06:07-05:00",
    ),
    (
        "The talks resumed at 10 a.m. CET.",
        "2015-06-02",
        "10 a.m. CET",
        "2015-06-02T10:00+01:00",
    ),
    ("They met at noon.", "2009-12-01", "noon", "2009-12-01T12:00"),
    (
        "They met at noon Thursday.",
        "2009-12-01",
        "noon Thursday",
        "2009-11-26T12:00",
    ),
    (
        "The bid expires at midnight.",
        "2009-12-01",
        "midnight",
        "2009-12-01T24:00",
    ),
    (
        "He left at 9 a.m. Tuesday.",
        "2009-12-01",
        "9 a.m. Tuesday",
        "2009-12-01T09:00",
    ),
    (
        "He left at 4 in the morning.",
        "2009-12-01",
        "4 in the morning",
        "2009-12-01T04:00",
    ),
    (
        "He left at 7 o'clock.",
        "2009-12-01",
        "7 o'clock",
        "2009-12-01T07:00",
    ),
    (
        "He left around 7:15 p.m.",
        "2009-12-01",
        "around 7:15 p.m.",
        "2009-12-01T19:15",
    ),
    ("He left at 12 a.m.", "2009-12-01", "12 a.m.", "2009-12-01T00:00"),
    (
        "He left at 12:45 pm",
        "2009-12-01",
        "12:45 pm",
        "2009-12-01T12:45",
    ),
    (
        "He left at 10 p.m. Wednesday.",
        "2009-12-01",
        "10 p.m. Wednesday",
        "2009-11-25T22:00",
    ),
    ("He left at 6 a.m.", "", "6 a.m.", "XXXX-XX-XXT06:00"),
    ("It rained overnight.", "2009-12-01", "overnight", "2009-12-01TNI"),
];

const SETS_AND_REFS: &[Row] = &[
    // `current` before a noun is the present; a noun itself or an accounting term is not
    (
        "He blamed current market conditions.",
        "2009-12-01",
        "current",
        "PRESENT_REF",
    ),
    (
        "shares at half the then current market price",
        "2009-12-01",
        "then current",
        "PAST_REF",
    ),
    (
        "They meet every Tuesday.",
        "2009-12-01",
        "every Tuesday",
        "XXXX-WXX-2",
    ),
    (
        "They meet each Thursday.",
        "2009-12-01",
        "each Thursday",
        "XXXX-WXX-4",
    ),
    ("They meet every week.", "2009-12-01", "every week", "P1W"),
    ("They meet each year.", "2009-12-01", "each year", "P1Y"),
    ("They meet every day.", "2009-12-01", "every day", "P1D"),
    ("They meet every month.", "2009-12-01", "every month", "P1M"),
    ("They meet every quarter.", "2009-12-01", "every quarter", "P1Q"),
    (
        "They meet every other week.",
        "2009-12-01",
        "every other week",
        "P2W",
    ),
    (
        "They meet every two years.",
        "2009-12-01",
        "every two years",
        "P2Y",
    ),
    ("They meet each July.", "2009-12-01", "each July", "XXXX-07"),
    ("They meet every summer.", "2009-12-01", "every summer", "XXXX-SU"),
    ("They meet annually.", "2009-12-01", "annually", "P1Y"),
    ("They meet weekly.", "2009-12-01", "weekly", "P1W"),
    ("They meet daily.", "2009-12-01", "daily", "P1D"),
    ("They meet monthly.", "2009-12-01", "monthly", "P1M"),
    ("They meet hourly.", "2009-12-01", "hourly", "PT1H"),
    ("They meet quarterly.", "2009-12-01", "quarterly", "P3M"),
    ("It costs $5 a year.", "2009-12-01", "a year", "P1Y"),
    ("He works twice a week.", "2009-12-01", "a week", "P1W"),
    ("He is now in Paris.", "2009-12-01", "now", "PRESENT_REF"),
    (
        "He is currently in Paris.",
        "2009-12-01",
        "currently",
        "PRESENT_REF",
    ),
    (
        "These days he is in Paris.",
        "2009-12-01",
        "These days",
        "PRESENT_REF",
    ),
    ("He was recently in Paris.", "2009-12-01", "recently", "PAST_REF"),
    ("He was formerly in Paris.", "2009-12-01", "formerly", "PAST_REF"),
    (
        "Rogozin said earlier that talks failed.",
        "2009-12-01",
        "earlier",
        "PAST_REF",
    ),
    ("He will soon be in Paris.", "2009-12-01", "soon", "FUTURE_REF"),
    (
        "He will be in Paris in the future.",
        "2009-12-01",
        "the future",
        "FUTURE_REF",
    ),
    (
        "He will be in Paris in the near future.",
        "2009-12-01",
        "the near future",
        "FUTURE_REF",
    ),
    (
        "In the past, he was in Paris.",
        "2009-12-01",
        "the past",
        "PAST_REF",
    ),
    (
        "He lived there in recent years.",
        "2009-12-01",
        "recent years",
        "PXY",
    ),
    (
        "Prices have risen in recent months.",
        "1989-10-30",
        "recent months",
        "PXM",
    ),
    (
        "Fighting has eased in recent days.",
        "1998-08-12",
        "recent days",
        "PXD",
    ),
    (
        "Prices will rise in the near term.",
        "2009-12-01",
        "the near term",
        "FUTURE_REF",
    ),
    (
        "Prices will rise in coming months.",
        "2009-12-01",
        "coming months",
        "FUTURE_REF",
    ),
    (
        "Leave as soon as possible.",
        "2009-12-01",
        "as soon as possible",
        "FUTURE_REF",
    ),
    ("He was lately in Paris.", "2009-12-01", "lately", "PAST_REF"),
    (
        "on Thanksgiving Day",
        "2009-12-01",
        "Thanksgiving Day",
        "2009-11-26",
    ),
    ("on Christmas", "2009-12-01", "Christmas", "2009-12-25"),
    ("on New Year's Day", "2009-12-01", "New Year's Day", "2010-01-01"),
    ("on Easter 2008", "2009-12-01", "Easter 2008", "2008-03-23"),
    // a holiday's week is the ISO week that holds it
    (
        "Protesters prayed as Easter week began.",
        "2000-04-17",
        "Easter week",
        "2000-W16",
    ),
    (
        "Stores were busy in Christmas week.",
        "2009-12-01",
        "Christmas week",
        "2009-W52",
    ),
    ("on Election Day", "1998-10-20", "Election Day", "1998-11-03"),
    (
        "on Independence Day",
        "2009-12-01",
        "Independence Day",
        "2009-07-04",
    ),
    // rates: "a year" after an amount is "per year", a SET (type checked in RATES)
    (
        "It will save $500 million a year in costs.",
        "2009-12-01",
        "a year",
        "P1Y",
    ),
    (
        "Qantas runs four flights a week to Bombay.",
        "2009-12-01",
        "a week",
        "P1W",
    ),
    (
        "Police guard the house 24 hours a day.",
        "2009-12-01",
        "a day",
        "P1D",
    ),
    // "one day" after a modal or a subject: some day ahead
    (
        "Islam will one day be the second largest religion.",
        "1998-03-03",
        "one day",
        "FUTURE_REF",
    ),
    (
        "He hopes to one day fly again.",
        "1998-03-03",
        "one day",
        "FUTURE_REF",
    ),
    (
        "The budget will soon move into surplus.",
        "1998-02-06",
        "soon",
        "FUTURE_REF",
    ),
    // ... but not at the start of a sentence or a quote, nor in a shouted headline
    (
        "\"This week we vote,\" he said.",
        "2009-12-01",
        "This week",
        "2009-W49",
    ),
    ("Today, the talks resume.", "2009-12-01", "Today", "2009-12-01"),
    (
        "WASHINGTON (AP) _ Today the Senate votes.",
        "2009-12-01",
        "Today",
        "2009-12-01",
    ),
    (
        "TALKS RESUME TODAY IN GENEVA",
        "2009-12-01",
        "TODAY",
        "2009-12-01",
    ),
    ("The strike lasted one day.", "1998-03-03", "one day", "P1D"),
];

/// (text, extent, TIMEX3 type): rows whose point is the type, not the value.
/// Rows for each resolver module on document dates other than 2009-12-01: month and year
/// ends, a leap day, the weekend, both sides of the new year.
const VARIED_DCT: &[Row] = &[
    // a day of the month alone (`on the 29th`, agency style): that day of a month near
    // the DCT, by tense
    (
        "Russia and NATO will hold consultations in Brussels on the 29th.",
        "2010-11-23",
        "the 29th",
        "2010-11-29",
    ),
    (
        "Talks were held on the 3rd in Geneva.",
        "2010-11-23",
        "the 3rd",
        "2010-11-03",
    ),
    (
        "The talks were held on the 30th.",
        "2011-03-02",
        "the 30th",
        "2011-01-30",
    ),
    (
        "The vote will be held on the 2nd.",
        "2021-12-28",
        "the 2nd",
        "2022-01-02",
    ),
    (
        "Ministers met on the 21st and 22nd.",
        "2016-06-24",
        "the 21st",
        "2016-06-21",
    ),
    // deictic: a cue sends a month-day a year ahead; a bare clock time is on the story's day
    (
        "The company said it will hold its annual meeting on Nov. 2.",
        "2011-03-15",
        "Nov. 2",
        "2011-11-02",
    ),
    (
        "Police said the bomb went off on June 12. Witnesses heard a second blast at 3:40 p.m.",
        "2007-06-20",
        "3:40 p.m.",
        "2007-06-12T15:40",
    ),
    // anaphoric: from the story's anchor across month and year ends; the weekend by tense
    (
        "The storm hit on Dec. 31, 2013. The next day, roads were closed.",
        "2014-12-30",
        "The next day",
        "2014-01-01",
    ),
    (
        "Talks began in March 1994. The following month, they collapsed.",
        "1995-06-15",
        "The following month",
        "1994-04",
    ),
    (
        "The ceasefire began on Monday. The previous Friday, shelling had stopped.",
        "2002-10-09",
        "The previous Friday",
        "2002-10-04",
    ),
    (
        "In January 2010, the mill closed. That same day, workers protested.",
        "2011-05-18",
        "That same day",
        "2010-01-XX",
    ),
    (
        "Net income for the third quarter rose. In the quarter, sales were flat.",
        "1991-01-25",
        "the quarter",
        "1990-Q3",
    ),
    (
        "Profit in the 1988 period rose.",
        "1998-02-10",
        "the 1988 period",
        "1988",
    ),
    (
        "He said the talks stalled over the weekend.",
        "2007-06-20",
        "the weekend",
        "2007-W24-WE",
    ),
    (
        "Shares fell over the weekend.",
        "2007-06-23",
        "the weekend",
        "2007-W25-WE",
    ),
    // counted: month ends, leap days, year ends; hours from a day; fractions
    (
        "The bank failed a month ago.",
        "2008-03-31",
        "a month ago",
        "2008-02",
    ),
    ("The law passed a year ago.", "2000-02-29", "a year ago", "1999"),
    (
        "The deal closed three weeks ago.",
        "2013-01-03",
        "three weeks ago",
        "2012-W50",
    ),
    (
        "The system will be replaced two years from now.",
        "1999-12-28",
        "two years from now",
        "2001",
    ),
    (
        "The rebels seized the town on July 2. Two weeks later, the army returned.",
        "2006-07-14",
        "Two weeks later",
        "2006-W28",
    ),
    (
        "The plant shut down three hours later.",
        "2004-09-30",
        "three hours later",
        "2004-09-30",
    ),
    (
        "The merger closed 2 1/2 years ago.",
        "2004-09-30",
        "2 1/2 years ago",
        "PAST_REF",
    ),
    // periods: seasons either side of the new year, quarters behind a past cue, holidays
    (
        "Heavy snow fell in the winter, officials said.",
        "2010-01-20",
        "the winter",
        "2009-WI",
    ),
    (
        "Prices will rise in the spring.",
        "2010-07-04",
        "the spring",
        "2011-SP",
    ),
    (
        "The company reported a loss in the fourth quarter.",
        "1996-04-03",
        "the fourth quarter",
        "1995-Q4",
    ),
    (
        "Sales jumped 40 percent in the third quarter of 2011.",
        "2012-02-29",
        "the third quarter of 2011",
        "2011-Q3",
    ),
    (
        "Output slowed in the first half.",
        "2001-05-30",
        "the first half",
        "2001-H1",
    ),
    (
        "Stores expect record sales at Thanksgiving.",
        "2005-11-10",
        "Thanksgiving",
        "2005-11-24",
    ),
    (
        "Pilgrims arrived for Easter week.",
        "2003-04-02",
        "Easter week",
        "2003-W16",
    ),
    (
        "Voters go to the polls on Election Day.",
        "2016-11-08",
        "Election Day",
        "2016-11-08",
    ),
];

/// Issue 15: the same phrases on twelve document dates, one in each month and on every
/// weekday (Thu 1998-01-08, Wed 1999-02-10, Wed 2000-03-15, Fri 2004-04-30, Sat
/// 2009-05-02, Sun 2012-06-17, Mon 2014-07-21, Tue 2017-08-01, Thu 2019-09-19, Fri
/// 2021-10-29, Sat 2023-11-11, Sun 2026-12-06). The expected values were computed apart
/// from chronicle, with Python's calendar (`datetime`, ISO weeks), from the convention each
/// row names: a past-tense weekday is the latest such day on or before the DCT, a future
/// one the first on or after it; a schedule in the present (`is on`, `set for`) and a
/// clause after `and will` follow their own tense; a past verb before `on` and a
/// month-day takes the latest such day on or before the DCT; the narrative rows read a
/// bare month or month-day in the year of the story's last explicit date.
const ACROSS_DCTS: &[Row] = &[
    (
        "The ministers met yesterday.",
        "1998-01-08",
        "yesterday",
        "1998-01-07",
    ),
    (
        "The ministers will meet tomorrow.",
        "1998-01-08",
        "tomorrow",
        "1998-01-09",
    ),
    (
        "The minister spoke on Monday.",
        "1998-01-08",
        "Monday",
        "1998-01-05",
    ),
    (
        "The talks will resume on Thursday.",
        "1998-01-08",
        "Thursday",
        "1998-01-08",
    ),
    ("The vote is on Friday.", "1998-01-08", "Friday", "1998-01-09"),
    (
        "Talks are set for Saturday.",
        "1998-01-08",
        "Saturday",
        "1998-01-10",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "1998-01-08",
        "Wednesday",
        "1998-01-07",
    ),
    ("Prices fell last week.", "1998-01-08", "last week", "1998-W01"),
    ("Prices fell this week.", "1998-01-08", "this week", "1998-W02"),
    (
        "The plant will reopen next month.",
        "1998-01-08",
        "next month",
        "1998-02",
    ),
    ("Sales rose last year.", "1998-01-08", "last year", "1997"),
    ("The plant closed in March.", "1998-01-08", "March", "1997-03"),
    (
        "The summit will open in October.",
        "1998-01-08",
        "October",
        "1998-10",
    ),
    (
        "They met on 31 December.",
        "1998-01-08",
        "31 December",
        "1997-12-31",
    ),
    (
        "The strike ended two days ago.",
        "1998-01-08",
        "two days ago",
        "1998-01-06",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "1998-01-08",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "1998-01-08",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "1999-02-10",
        "yesterday",
        "1999-02-09",
    ),
    (
        "The ministers will meet tomorrow.",
        "1999-02-10",
        "tomorrow",
        "1999-02-11",
    ),
    (
        "The minister spoke on Monday.",
        "1999-02-10",
        "Monday",
        "1999-02-08",
    ),
    (
        "The talks will resume on Thursday.",
        "1999-02-10",
        "Thursday",
        "1999-02-11",
    ),
    ("The vote is on Friday.", "1999-02-10", "Friday", "1999-02-12"),
    (
        "Talks are set for Saturday.",
        "1999-02-10",
        "Saturday",
        "1999-02-13",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "1999-02-10",
        "Wednesday",
        "1999-02-10",
    ),
    ("Prices fell last week.", "1999-02-10", "last week", "1999-W05"),
    ("Prices fell this week.", "1999-02-10", "this week", "1999-W06"),
    (
        "The plant will reopen next month.",
        "1999-02-10",
        "next month",
        "1999-03",
    ),
    ("Sales rose last year.", "1999-02-10", "last year", "1998"),
    ("The plant closed in March.", "1999-02-10", "March", "1998-03"),
    (
        "The summit will open in October.",
        "1999-02-10",
        "October",
        "1999-10",
    ),
    (
        "They met on 31 December.",
        "1999-02-10",
        "31 December",
        "1998-12-31",
    ),
    (
        "The strike ended two days ago.",
        "1999-02-10",
        "two days ago",
        "1999-02-08",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "1999-02-10",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "1999-02-10",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "2000-03-15",
        "yesterday",
        "2000-03-14",
    ),
    (
        "The ministers will meet tomorrow.",
        "2000-03-15",
        "tomorrow",
        "2000-03-16",
    ),
    (
        "The minister spoke on Monday.",
        "2000-03-15",
        "Monday",
        "2000-03-13",
    ),
    (
        "The talks will resume on Thursday.",
        "2000-03-15",
        "Thursday",
        "2000-03-16",
    ),
    ("The vote is on Friday.", "2000-03-15", "Friday", "2000-03-17"),
    (
        "Talks are set for Saturday.",
        "2000-03-15",
        "Saturday",
        "2000-03-18",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "2000-03-15",
        "Wednesday",
        "2000-03-15",
    ),
    ("Prices fell last week.", "2000-03-15", "last week", "2000-W10"),
    ("Prices fell this week.", "2000-03-15", "this week", "2000-W11"),
    (
        "The plant will reopen next month.",
        "2000-03-15",
        "next month",
        "2000-04",
    ),
    ("Sales rose last year.", "2000-03-15", "last year", "1999"),
    ("The plant closed in March.", "2000-03-15", "March", "2000-03"),
    (
        "The summit will open in October.",
        "2000-03-15",
        "October",
        "2000-10",
    ),
    (
        "They met on 31 December.",
        "2000-03-15",
        "31 December",
        "1999-12-31",
    ),
    (
        "The strike ended two days ago.",
        "2000-03-15",
        "two days ago",
        "2000-03-13",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2000-03-15",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "2000-03-15",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "2004-04-30",
        "yesterday",
        "2004-04-29",
    ),
    (
        "The ministers will meet tomorrow.",
        "2004-04-30",
        "tomorrow",
        "2004-05-01",
    ),
    (
        "The minister spoke on Monday.",
        "2004-04-30",
        "Monday",
        "2004-04-26",
    ),
    (
        "The talks will resume on Thursday.",
        "2004-04-30",
        "Thursday",
        "2004-05-06",
    ),
    ("The vote is on Friday.", "2004-04-30", "Friday", "2004-04-30"),
    (
        "Talks are set for Saturday.",
        "2004-04-30",
        "Saturday",
        "2004-05-01",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "2004-04-30",
        "Wednesday",
        "2004-04-28",
    ),
    ("Prices fell last week.", "2004-04-30", "last week", "2004-W17"),
    ("Prices fell this week.", "2004-04-30", "this week", "2004-W18"),
    (
        "The plant will reopen next month.",
        "2004-04-30",
        "next month",
        "2004-05",
    ),
    ("Sales rose last year.", "2004-04-30", "last year", "2003"),
    ("The plant closed in March.", "2004-04-30", "March", "2004-03"),
    (
        "The summit will open in October.",
        "2004-04-30",
        "October",
        "2004-10",
    ),
    (
        "They met on 31 December.",
        "2004-04-30",
        "31 December",
        "2003-12-31",
    ),
    (
        "The strike ended two days ago.",
        "2004-04-30",
        "two days ago",
        "2004-04-28",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2004-04-30",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "2004-04-30",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "2009-05-02",
        "yesterday",
        "2009-05-01",
    ),
    (
        "The ministers will meet tomorrow.",
        "2009-05-02",
        "tomorrow",
        "2009-05-03",
    ),
    (
        "The minister spoke on Monday.",
        "2009-05-02",
        "Monday",
        "2009-04-27",
    ),
    (
        "The talks will resume on Thursday.",
        "2009-05-02",
        "Thursday",
        "2009-05-07",
    ),
    ("The vote is on Friday.", "2009-05-02", "Friday", "2009-05-08"),
    (
        "Talks are set for Saturday.",
        "2009-05-02",
        "Saturday",
        "2009-05-02",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "2009-05-02",
        "Wednesday",
        "2009-04-29",
    ),
    ("Prices fell last week.", "2009-05-02", "last week", "2009-W17"),
    ("Prices fell this week.", "2009-05-02", "this week", "2009-W18"),
    (
        "The plant will reopen next month.",
        "2009-05-02",
        "next month",
        "2009-06",
    ),
    ("Sales rose last year.", "2009-05-02", "last year", "2008"),
    ("The plant closed in March.", "2009-05-02", "March", "2009-03"),
    (
        "The summit will open in October.",
        "2009-05-02",
        "October",
        "2009-10",
    ),
    (
        "They met on 31 December.",
        "2009-05-02",
        "31 December",
        "2008-12-31",
    ),
    (
        "The strike ended two days ago.",
        "2009-05-02",
        "two days ago",
        "2009-04-30",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2009-05-02",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "2009-05-02",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "2012-06-17",
        "yesterday",
        "2012-06-16",
    ),
    (
        "The ministers will meet tomorrow.",
        "2012-06-17",
        "tomorrow",
        "2012-06-18",
    ),
    (
        "The minister spoke on Monday.",
        "2012-06-17",
        "Monday",
        "2012-06-11",
    ),
    (
        "The talks will resume on Thursday.",
        "2012-06-17",
        "Thursday",
        "2012-06-21",
    ),
    ("The vote is on Friday.", "2012-06-17", "Friday", "2012-06-22"),
    (
        "Talks are set for Saturday.",
        "2012-06-17",
        "Saturday",
        "2012-06-23",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "2012-06-17",
        "Wednesday",
        "2012-06-13",
    ),
    ("Prices fell last week.", "2012-06-17", "last week", "2012-W23"),
    ("Prices fell this week.", "2012-06-17", "this week", "2012-W24"),
    (
        "The plant will reopen next month.",
        "2012-06-17",
        "next month",
        "2012-07",
    ),
    ("Sales rose last year.", "2012-06-17", "last year", "2011"),
    ("The plant closed in March.", "2012-06-17", "March", "2012-03"),
    (
        "The summit will open in October.",
        "2012-06-17",
        "October",
        "2012-10",
    ),
    (
        "They met on 31 December.",
        "2012-06-17",
        "31 December",
        "2011-12-31",
    ),
    (
        "The strike ended two days ago.",
        "2012-06-17",
        "two days ago",
        "2012-06-15",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2012-06-17",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "2012-06-17",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "2014-07-21",
        "yesterday",
        "2014-07-20",
    ),
    (
        "The ministers will meet tomorrow.",
        "2014-07-21",
        "tomorrow",
        "2014-07-22",
    ),
    (
        "The minister spoke on Monday.",
        "2014-07-21",
        "Monday",
        "2014-07-21",
    ),
    (
        "The talks will resume on Thursday.",
        "2014-07-21",
        "Thursday",
        "2014-07-24",
    ),
    ("The vote is on Friday.", "2014-07-21", "Friday", "2014-07-25"),
    (
        "Talks are set for Saturday.",
        "2014-07-21",
        "Saturday",
        "2014-07-26",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "2014-07-21",
        "Wednesday",
        "2014-07-16",
    ),
    ("Prices fell last week.", "2014-07-21", "last week", "2014-W29"),
    ("Prices fell this week.", "2014-07-21", "this week", "2014-W30"),
    (
        "The plant will reopen next month.",
        "2014-07-21",
        "next month",
        "2014-08",
    ),
    ("Sales rose last year.", "2014-07-21", "last year", "2013"),
    ("The plant closed in March.", "2014-07-21", "March", "2014-03"),
    (
        "The summit will open in October.",
        "2014-07-21",
        "October",
        "2014-10",
    ),
    (
        "They met on 31 December.",
        "2014-07-21",
        "31 December",
        "2013-12-31",
    ),
    (
        "The strike ended two days ago.",
        "2014-07-21",
        "two days ago",
        "2014-07-19",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2014-07-21",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "2014-07-21",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "2017-08-01",
        "yesterday",
        "2017-07-31",
    ),
    (
        "The ministers will meet tomorrow.",
        "2017-08-01",
        "tomorrow",
        "2017-08-02",
    ),
    (
        "The minister spoke on Monday.",
        "2017-08-01",
        "Monday",
        "2017-07-31",
    ),
    (
        "The talks will resume on Thursday.",
        "2017-08-01",
        "Thursday",
        "2017-08-03",
    ),
    ("The vote is on Friday.", "2017-08-01", "Friday", "2017-08-04"),
    (
        "Talks are set for Saturday.",
        "2017-08-01",
        "Saturday",
        "2017-08-05",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "2017-08-01",
        "Wednesday",
        "2017-07-26",
    ),
    ("Prices fell last week.", "2017-08-01", "last week", "2017-W30"),
    ("Prices fell this week.", "2017-08-01", "this week", "2017-W31"),
    (
        "The plant will reopen next month.",
        "2017-08-01",
        "next month",
        "2017-09",
    ),
    ("Sales rose last year.", "2017-08-01", "last year", "2016"),
    ("The plant closed in March.", "2017-08-01", "March", "2017-03"),
    (
        "The summit will open in October.",
        "2017-08-01",
        "October",
        "2017-10",
    ),
    (
        "They met on 31 December.",
        "2017-08-01",
        "31 December",
        "2016-12-31",
    ),
    (
        "The strike ended two days ago.",
        "2017-08-01",
        "two days ago",
        "2017-07-30",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2017-08-01",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "2017-08-01",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "2019-09-19",
        "yesterday",
        "2019-09-18",
    ),
    (
        "The ministers will meet tomorrow.",
        "2019-09-19",
        "tomorrow",
        "2019-09-20",
    ),
    (
        "The minister spoke on Monday.",
        "2019-09-19",
        "Monday",
        "2019-09-16",
    ),
    (
        "The talks will resume on Thursday.",
        "2019-09-19",
        "Thursday",
        "2019-09-19",
    ),
    ("The vote is on Friday.", "2019-09-19", "Friday", "2019-09-20"),
    (
        "Talks are set for Saturday.",
        "2019-09-19",
        "Saturday",
        "2019-09-21",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "2019-09-19",
        "Wednesday",
        "2019-09-18",
    ),
    ("Prices fell last week.", "2019-09-19", "last week", "2019-W37"),
    ("Prices fell this week.", "2019-09-19", "this week", "2019-W38"),
    (
        "The plant will reopen next month.",
        "2019-09-19",
        "next month",
        "2019-10",
    ),
    ("Sales rose last year.", "2019-09-19", "last year", "2018"),
    ("The plant closed in March.", "2019-09-19", "March", "2019-03"),
    (
        "The summit will open in October.",
        "2019-09-19",
        "October",
        "2019-10",
    ),
    (
        "They met on 31 December.",
        "2019-09-19",
        "31 December",
        "2018-12-31",
    ),
    (
        "The strike ended two days ago.",
        "2019-09-19",
        "two days ago",
        "2019-09-17",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2019-09-19",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "2019-09-19",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "2021-10-29",
        "yesterday",
        "2021-10-28",
    ),
    (
        "The ministers will meet tomorrow.",
        "2021-10-29",
        "tomorrow",
        "2021-10-30",
    ),
    (
        "The minister spoke on Monday.",
        "2021-10-29",
        "Monday",
        "2021-10-25",
    ),
    (
        "The talks will resume on Thursday.",
        "2021-10-29",
        "Thursday",
        "2021-11-04",
    ),
    ("The vote is on Friday.", "2021-10-29", "Friday", "2021-10-29"),
    (
        "Talks are set for Saturday.",
        "2021-10-29",
        "Saturday",
        "2021-10-30",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "2021-10-29",
        "Wednesday",
        "2021-10-27",
    ),
    ("Prices fell last week.", "2021-10-29", "last week", "2021-W42"),
    ("Prices fell this week.", "2021-10-29", "this week", "2021-W43"),
    (
        "The plant will reopen next month.",
        "2021-10-29",
        "next month",
        "2021-11",
    ),
    ("Sales rose last year.", "2021-10-29", "last year", "2020"),
    ("The plant closed in March.", "2021-10-29", "March", "2021-03"),
    (
        "The summit will open in October.",
        "2021-10-29",
        "October",
        "2021-10",
    ),
    (
        "They met on 31 December.",
        "2021-10-29",
        "31 December",
        "2020-12-31",
    ),
    (
        "The strike ended two days ago.",
        "2021-10-29",
        "two days ago",
        "2021-10-27",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2021-10-29",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "2021-10-29",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "2023-11-11",
        "yesterday",
        "2023-11-10",
    ),
    (
        "The ministers will meet tomorrow.",
        "2023-11-11",
        "tomorrow",
        "2023-11-12",
    ),
    (
        "The minister spoke on Monday.",
        "2023-11-11",
        "Monday",
        "2023-11-06",
    ),
    (
        "The talks will resume on Thursday.",
        "2023-11-11",
        "Thursday",
        "2023-11-16",
    ),
    ("The vote is on Friday.", "2023-11-11", "Friday", "2023-11-17"),
    (
        "Talks are set for Saturday.",
        "2023-11-11",
        "Saturday",
        "2023-11-11",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "2023-11-11",
        "Wednesday",
        "2023-11-08",
    ),
    ("Prices fell last week.", "2023-11-11", "last week", "2023-W44"),
    ("Prices fell this week.", "2023-11-11", "this week", "2023-W45"),
    (
        "The plant will reopen next month.",
        "2023-11-11",
        "next month",
        "2023-12",
    ),
    ("Sales rose last year.", "2023-11-11", "last year", "2022"),
    ("The plant closed in March.", "2023-11-11", "March", "2023-03"),
    (
        "The summit will open in October.",
        "2023-11-11",
        "October",
        "2024-10",
    ),
    (
        "They met on 31 December.",
        "2023-11-11",
        "31 December",
        "2022-12-31",
    ),
    (
        "The strike ended two days ago.",
        "2023-11-11",
        "two days ago",
        "2023-11-09",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2023-11-11",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "2023-11-11",
        "June 1",
        "1990-06-01",
    ),
    (
        "The ministers met yesterday.",
        "2026-12-06",
        "yesterday",
        "2026-12-05",
    ),
    (
        "The ministers will meet tomorrow.",
        "2026-12-06",
        "tomorrow",
        "2026-12-07",
    ),
    (
        "The minister spoke on Monday.",
        "2026-12-06",
        "Monday",
        "2026-11-30",
    ),
    (
        "The talks will resume on Thursday.",
        "2026-12-06",
        "Thursday",
        "2026-12-10",
    ),
    ("The vote is on Friday.", "2026-12-06", "Friday", "2026-12-11"),
    (
        "Talks are set for Saturday.",
        "2026-12-06",
        "Saturday",
        "2026-12-12",
    ),
    (
        "He spoke to the envoy on Wednesday and will meet him next week.",
        "2026-12-06",
        "Wednesday",
        "2026-12-02",
    ),
    ("Prices fell last week.", "2026-12-06", "last week", "2026-W48"),
    ("Prices fell this week.", "2026-12-06", "this week", "2026-W49"),
    (
        "The plant will reopen next month.",
        "2026-12-06",
        "next month",
        "2027-01",
    ),
    ("Sales rose last year.", "2026-12-06", "last year", "2025"),
    ("The plant closed in March.", "2026-12-06", "March", "2026-03"),
    (
        "The summit will open in October.",
        "2026-12-06",
        "October",
        "2027-10",
    ),
    (
        "They met on 31 December.",
        "2026-12-06",
        "31 December",
        "2025-12-31",
    ),
    (
        "The strike ended two days ago.",
        "2026-12-06",
        "two days ago",
        "2026-12-04",
    ),
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2026-12-06",
        "June",
        "1987-06",
    ),
    (
        "The plant opened on March 3, 1990. It closed on June 1.",
        "2026-12-06",
        "June 1",
        "1990-06-01",
    ),
];

/// Issue 15's probes, each with the answer a careful reader gives.
const PROBES: &[Row] = &[
    (
        "The treaty was signed in 1987. It entered into force in June.",
        "2009-12-01",
        "June",
        "1987-06",
    ),
    (
        "The treaty was signed on March 3, 1987. It entered into force on June 1.",
        "2009-12-01",
        "June 1",
        "1987-06-01",
    ),
    (
        "In June 2005 the plant closed. The next month, workers protested. The following month they left.",
        "2009-12-01",
        "The next month",
        "2005-07",
    ),
    (
        "In June 2005 the plant closed. The next month, workers protested. The following month they left.",
        "2009-12-01",
        "The following month",
        "2005-08",
    ),
    ("The vote is on Friday.", "2009-12-01", "Friday", "2009-12-04"),
    ("Talks are set for Friday.", "2009-12-01", "Friday", "2009-12-04"),
    (
        "Talks are slated for Monday.",
        "2009-12-01",
        "Monday",
        "2009-12-07",
    ),
    (
        "The ceremony takes place on Friday.",
        "2009-12-01",
        "Friday",
        "2009-12-04",
    ),
    (
        "He spoke to Obama on Wednesday and will meet him next week.",
        "2009-12-01",
        "Wednesday",
        "2009-11-25",
    ),
    (
        "He spoke to Obama on Wednesday and will meet him next week.",
        "2009-12-01",
        "next week",
        "2009-W50",
    ),
    (
        "They met on 31 December.",
        "2009-12-01",
        "31 December",
        "2008-12-31",
    ),
    (
        "The summit runs 9\u{2013}11 July 2024.",
        "2024-06-01",
        "9",
        "2024-07-09",
    ),
    (
        "The summit runs 9\u{2013}11 July 2024.",
        "2024-06-01",
        "11 July 2024",
        "2024-07-11",
    ),
    ("The summit runs July 8-9.", "2024-06-01", "July 8", "2024-07-08"),
    ("The summit runs July 8-9.", "2024-06-01", "9", "2024-07-09"),
    ("Prices rose between 2014 and 2022.", "2024-06-01", "2014", "2014"),
    ("Prices rose between 2014 and 2022.", "2024-06-01", "2022", "2022"),
    ("Growth slowed in mid-2021.", "2024-06-01", "mid-2021", "2021"),
    ("Growth slowed in late 2023.", "2024-06-01", "late 2023", "2023"),
    (
        "Growth slowed in early June.",
        "2024-06-20",
        "early June",
        "2024-06",
    ),
    // a fraction of years back is no whole number of years: vague, not "2 years ago"
    (
        "He left 7\u{bd} years ago.",
        "2024-06-01",
        "7\u{bd} years ago",
        "PAST_REF",
    ),
    (
        "She left 71/2 years ago.",
        "2024-06-01",
        "71/2 years ago",
        "PAST_REF",
    ),
    (
        "Americans went to the polls in November 2008. They will go to the polls again in November.",
        "2009-12-01",
        "November",
        "2010-11",
    ),
    ("He has lived there since 2014.", "2024-06-01", "2014", "2014"),
    // the narrative time: a season and a weekday of a story told in the past
    (
        "The dam was finished in 1962. It flooded the valley in the spring.",
        "2009-12-01",
        "the spring",
        "1962-SP",
    ),
    (
        "The siege began on March 3, 1990. The army withdrew on Thursday.",
        "2009-12-01",
        "Thursday",
        "1990-03-01",
    ),
    // ... which ends at a quote, at a new paragraph, and in a future clause
    (
        "The treaty was signed in 1987. \"We will sign again in June,\" he said.",
        "2009-12-01",
        "June",
        "2010-06",
    ),
    (
        "The treaty was signed in 1987.\n\nThe parliament voted in June.",
        "2009-12-01",
        "June",
        "2009-06",
    ),
    (
        "The treaty was signed in 1987. It will be reviewed in June.",
        "2009-12-01",
        "June",
        "2010-06",
    ),
    // a list of events in one sentence is no narrative time
    (
        "Russia annexed Crimea in 2014 and launched its invasion on February 24.",
        "2022-06-29",
        "February 24",
        "2022-02-24",
    ),
    // `since 1980` and `the 1987 level` are not the story's time
    (
        "Profits have doubled since 1980. In September, it announced plans.",
        "1989-10-27",
        "September",
        "1989-09",
    ),
];

/// Causes of value errors found on the development data (issue 15, branch acc15), each
/// rule with rows over several document dates: a past verb of commitment before `to` and
/// a verb points to the nearer reading (future in the past), not to the past.
const DEV_CAUSES: &[Row] = &[
    (
        "Thermo Electron agreed to purchase the line for $22 million in February.",
        "1989-10-30",
        "February",
        "1990-02",
    ),
    (
        "NATO has decided to admit Poland, Hungary and the Czech Republic in March.",
        "1999-02-10",
        "March",
        "1999-03",
    ),
    (
        "The union voted to strike on Thursday.",
        "2015-06-08",
        "Thursday",
        "2015-06-11",
    ),
    (
        "The minister promised to resign in May.",
        "2021-03-15",
        "May",
        "2021-05",
    ),
    (
        "The rebels vowed to attack again on Sunday.",
        "2003-07-11",
        "Sunday",
        "2003-07-13",
    ),
    (
        "Iraq threatened to halt oil exports in January.",
        "2002-11-20",
        "January",
        "2003-01",
    ),
    (
        "The father offered to travel alone on Tuesday.",
        "2000-04-03",
        "Tuesday",
        "2000-04-04",
    ),
    (
        "The club voted to close in October.",
        "2007-05-19",
        "October",
        "2007-10",
    ),
    (
        "The board pledged to pay the dividend on Oct. 2.",
        "2018-09-27",
        "Oct. 2",
        "2018-10-02",
    ),
    // before `to` and a noun phrase the verb stays a past tense
    (
        "They agreed to a meeting on Monday.",
        "2012-01-12",
        "Monday",
        "2012-01-09",
    ),
    (
        "The strikers agreed to the offer in March.",
        "2016-10-05",
        "March",
        "2016-03",
    ), // an expression before the verb dates the commitment itself
    (
        "During a meeting in Greece in June, Russia and NATO agreed to renew cooperation.",
        "2009-12-01",
        "June",
        "2009-06",
    ),
    (
        "On Monday the board voted to sell the unit.",
        "2011-08-04",
        "Monday",
        "2011-08-01",
    ),    // a plan in the present (`is scheduled to`, `are expected to`) far back rules a long
    // sentence as `will` does; a past one (`were expected to`) does not
    (
        "Albright is scheduled to spend only five hours on the ground in Dar es Salaam, Tanzania, her first stop Tuesday morning.",
        "1998-08-17",
        "Tuesday morning",
        "1998-08-18TMO",
    ),
    (
        "The delegation is expected to arrive in the capital after a long overland journey from the border town of Kassala on Friday.",
        "2004-03-16",
        "Friday",
        "2004-03-19",
    ),
    (
        "The new terminal is slated to open to passengers and cargo flights from across the region and beyond in March.",
        "2013-09-10",
        "March",
        "2014-03",
    ),
    (
        "The refinery is due to restart after weeks of repairs to the damaged units and the pipeline that feeds them on Sunday.",
        "2019-02-27",
        "Sunday",
        "2019-03-03",
    ),
    (
        "The ministers were expected to sign the accord at a ceremony in the old royal palace of the city on Friday, officials said.",
        "2011-05-18",
        "Friday",
        "2011-05-13",
    ),    // a plan participle before its noun is the nearer reading, not the future
    (
        "On Friday, when Albright set aside vacation plans for the hastily planned trip to East Africa, the State Department lifted its warning.",
        "1998-08-17",
        "Friday",
        "1998-08-14",
    ),
    (
        "Crews finished the hastily scheduled repairs on Saturday.",
        "2016-11-14",
        "Saturday",
        "2016-11-12",
    ),
    (
        "Officials defended the planned cuts on Wednesday.",
        "2014-02-06",
        "Wednesday",
        "2014-02-05",
    ),
    (
        "The planned merger will be completed on Monday.",
        "2014-02-06",
        "Monday",
        "2014-02-10",
    ),
];

const TYPED: &[(&str, &str, &str)] = &[
    ("It will save $500 million a year in costs.", "a year", "SET"),
    (
        "This will add nearly 700 seats a week on the route.",
        "a week",
        "SET",
    ),
    ("Qantas runs four flights a week to Bombay.", "a week", "SET"),
    ("The fund pays $2 a share a year.", "a year", "SET"),
    ("The smallest gain in a year.", "a year", "DURATION"),
    ("He stayed for a week.", "a week", "DURATION"),
];

/// Phrases that must produce no temporal expression at all.
const NOT_TIMEX: &[&str] = &[
    "It marked the 29th anniversary.",
    "He served in the 5th fleet.",
    "Early on, the talks stalled.",
    "It was late on.",
    "He watched late-night television.",
    "Ministers spoke to May about trade.",
    "Prices rose and May said nothing.",
    "Paternity is easily proved in today's world.",
    "The case is for today's youth a lesson.",
    "The swimmer was swept away by the current.",
    "Current assets rose to $5 million.",
    "The current account deficit widened.",
    "He may go to Paris.",
    "They march on the capital.",
    "A 39-year-old man was arrested.",
    "It cost $1990 to fix.",
    "The index rose 2000 points.",
    "The earlier model was slow.",
    "Earlier, the company said it would cut jobs.",
    "He bought 1,990 shares.",
    "Room 1999 was empty.",
    "Leaves fall in the park.",
    "The spring broke.",
    "He won a second term.",
    "Sat on the bench.",
    "He told the Baltimore Sun.",
    "Sun, Hewlett-Packard and others say so.",
    "He is a quarter back.",
    "as soon as the threats end",
    "The company declared its regular quarterly of 10 cents a share.",
    "Protesters joined the annual March for Life.",
    "She led the March of the Combatant Mothers.",
    // a deictic word capitalised inside a sentence names a programme, paper or film
    "This is VOA Today.",
    "He told USA Today that he would stay.",
    "Baker, speaking on ABC News' \"This Week,\" said so.",
    "Baker said on ABC-TV's \"This Week With David Brinkley\" that it was over.",
    "The poster showed Gary Cooper from the film ``High Noon.''",
    // soon after a past moment of the story, no future of the DCT
    "He was soon released from the hospital.",
    // a season word before `of` and no year is a noun of its own
    "It was after the fall of the Berlin Wall.",
    "They sang through the summer of love.",
    "A trickle of cash soon became a flood.",
];

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn check(table: &[Row], name: &str) -> usize {
    let mut failures = Vec::new();
    for &(text, dct, extent, value) in table {
        let found = extract(text, date(dct));
        for t in &found {
            if !chronicle::time::grammar::is_well_formed(&t.value) {
                failures.push(format!(
                    "{text:?}: malformed value {:?} for {:?}",
                    t.value, t.text
                ));
            }
        }
        match found.iter().find(|t| t.text == extent) {
            Some(t) if t.value == value => {}
            Some(t) => failures.push(format!(
                "{text:?} (dct {dct}): {extent:?} = {} (rule {}), want {value}",
                t.value, t.rule
            )),
            None => failures.push(format!(
                "{text:?} (dct {dct}): no {extent:?}; found {:?}",
                found.iter().map(|t| (&t.text, &t.value)).collect::<Vec<_>>()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{name}: {} of {} rows fail:\n{}",
        failures.len(),
        table.len(),
        failures.join("\n")
    );
    table.len()
}

#[test]
fn absolute_dates() {
    check(ABSOLUTE, "absolute");
}

#[test]
fn weekdays() {
    check(WEEKDAYS, "weekdays");
}

#[test]
fn day_words() {
    check(DAY_WORDS, "day words");
}

#[test]
fn relative_spans() {
    check(RELATIVE, "relative");
}

#[test]
fn counted_offsets_and_anaphors() {
    check(COUNTED, "counted");
}

#[test]
fn durations() {
    check(DURATIONS, "durations");
}

#[test]
fn clock_times() {
    check(TIMES, "times");
}

#[test]
fn sets_references_holidays() {
    check(SETS_AND_REFS, "sets and references");
}

#[test]
fn varied_document_dates() {
    check(VARIED_DCT, "varied document dates");
}

#[test]
fn across_document_dates() {
    check(ACROSS_DCTS, "across document dates");
}

#[test]
fn issue_15_probes() {
    check(PROBES, "issue 15 probes");
}

#[test]
fn dev_data_error_causes() {
    check(DEV_CAUSES, "dev data error causes");
}

/// `mod` and ranges (issue 15): text, DCT, extent, value, `mod`, range (start, end).
type ModRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<(&'static str, &'static str)>,
);

const MODS_AND_RANGES: &[ModRow] = &[
    (
        "Growth slowed in mid-2021.",
        "2024-06-01",
        "mid-2021",
        "2021",
        Some("MID"),
        None,
    ),
    (
        "Growth slowed in late 2023.",
        "2024-06-01",
        "late 2023",
        "2023",
        Some("END"),
        None,
    ),
    (
        "Prices rose in early June.",
        "2024-06-20",
        "early June",
        "2024-06",
        Some("START"),
        None,
    ),
    (
        "It lasted more than a year.",
        "2024-06-01",
        "more than a year",
        "P1Y",
        Some("MORE_THAN"),
        None,
    ),
    (
        "It lasted less than a week.",
        "2024-06-01",
        "less than a week",
        "P1W",
        Some("LESS_THAN"),
        None,
    ),
    (
        "The summit ran 9\u{2013}11 July 2024.",
        "2024-08-01",
        "9",
        "2024-07-09",
        None,
        Some(("2024-07-09", "2024-07-11")),
    ),
    (
        "The summit ran 9\u{2013}11 July 2024.",
        "2024-08-01",
        "11 July 2024",
        "2024-07-11",
        None,
        Some(("2024-07-09", "2024-07-11")),
    ),
    (
        "The summit ran 9-11 July 2024.",
        "2024-08-01",
        "9",
        "2024-07-09",
        None,
        Some(("2024-07-09", "2024-07-11")),
    ),
    (
        "The summit runs July 8-9.",
        "2024-06-01",
        "July 8",
        "2024-07-08",
        None,
        Some(("2024-07-08", "2024-07-09")),
    ),
    (
        "The summit runs July 8-9.",
        "2024-06-01",
        "9",
        "2024-07-09",
        None,
        Some(("2024-07-08", "2024-07-09")),
    ),
    (
        "Prices rose between 2014 and 2022.",
        "2024-06-01",
        "2014",
        "2014",
        None,
        Some(("2014", "2022")),
    ),
    (
        "Prices rose between 2014 and 2022.",
        "2024-06-01",
        "2022",
        "2022",
        None,
        Some(("2014", "2022")),
    ),
    (
        "He was jailed from 1991 to 1997.",
        "2000-02-10",
        "1991",
        "1991",
        None,
        Some(("1991", "1997")),
    ),
    (
        "Shares were bought from Aug. 26 to Oct. 20.",
        "1989-10-30",
        "Oct. 20",
        "1989-10-20",
        None,
        Some(("1989-08-26", "1989-10-20")),
    ),
    (
        "He has lived there since 2014.",
        "2024-06-01",
        "2014",
        "2014",
        None,
        Some(("2014", "PRESENT_REF")),
    ),
    (
        "She has led the party since March 2019.",
        "2024-06-01",
        "March 2019",
        "2019-03",
        None,
        Some(("2019-03", "PRESENT_REF")),
    ),
    // no range: two dates joined by `and` without `between`, a lone date
    (
        "They met in 2014 and 2022.",
        "2024-06-01",
        "2014",
        "2014",
        None,
        None,
    ),
    ("They met in 2014.", "2024-06-01", "2014", "2014", None, None),
    // no range: a bare dash between ends of different granularity, or ends out of order
    (
        "Inflation peaked in 2008 - June saw a recovery.",
        "2009-12-01",
        "2008",
        "2008",
        None,
        None,
    ),
    (
        "Figures for 2022-2014 were revised.",
        "2024-06-01",
        "2022",
        "2022",
        None,
        None,
    ),
    // a full month name takes no full stop, and a range is read in one frame: an end
    // without a year takes the other end's, and runs forward from it
    (
        "The summit was held 9-11 July.",
        "2024-07-12",
        "11 July",
        "2024-07-11",
        None,
        Some(("2024-07-09", "2024-07-11")),
    ),
    (
        "Exercises ran from March to May.",
        "2024-07-12",
        "May",
        "2024-05",
        None,
        Some(("2024-03", "2024-05")),
    ),
    (
        "Between April and May, prices fell.",
        "2019-03-10",
        "May",
        "2018-05",
        None,
        Some(("2018-04", "2018-05")),
    ),
    (
        "Talks ran between April and May 2023.",
        "2024-07-12",
        "April",
        "2023-04",
        None,
        Some(("2023-04", "2023-05")),
    ),
    (
        "Talks will be held from early June to late July.",
        "2024-07-12",
        "early June",
        "2025-06",
        Some("START"),
        Some(("2025-06", "2025-07")),
    ),
    (
        "Talks will be held from early June to late July.",
        "2024-07-12",
        "late July",
        "2025-07",
        Some("END"),
        Some(("2025-06", "2025-07")),
    ),
    (
        "Drills ran from June to August.",
        "2024-07-12",
        "June",
        "2023-06",
        None,
        Some(("2023-06", "2023-08")),
    ),
    (
        "Patrols ran from November to February 2024.",
        "2024-07-12",
        "November",
        "2023-11",
        None,
        Some(("2023-11", "2024-02")),
    ),
    (
        "The fair runs from December 28 to January 3.",
        "2024-07-12",
        "January 3",
        "2025-01-03",
        None,
        Some(("2024-12-28", "2025-01-03")),
    ),
    (
        "The exhibition runs from Oct. 28 to Nov. 3.",
        "2021-11-01",
        "Oct. 28",
        "2021-10-28",
        None,
        Some(("2021-10-28", "2021-11-03")),
    ),
    (
        "The mission will run from December to March.",
        "2023-10-05",
        "March",
        "2024-03",
        None,
        Some(("2023-12", "2024-03")),
    ),
    // both ends without a year, only the start read as past: the end follows it
    (
        "Crane bought 254,200 shares from Aug. 26 to Oct. 20.",
        "2007-06-19",
        "Oct. 20",
        "2006-10-20",
        None,
        Some(("2006-08-26", "2006-10-20")),
    ),
    // a day's part with `on` between: the day, with its mod
    (
        "He spoke late on Wednesday.",
        "2022-03-14",
        "late on Wednesday",
        "2022-03-09",
        Some("END"),
        None,
    ),
    (
        "Talks ended early on March 3.",
        "2021-06-01",
        "early on March 3",
        "2021-03-03",
        Some("START"),
        None,
    ),
    // a range's last day before a comma (the gate alone would not start `20,`)
    (
        "Russia held exercises between February 10 and 20, officials said.",
        "2022-03-14",
        "20",
        "2022-02-20",
        None,
        Some(("2022-02-10", "2022-02-20")),
    ),
    // an end read from the DCT (`today`, a weekday) is fixed: the other end follows it
    (
        "The deadline was extended from today until Nov. 17.",
        "1998-03-17",
        "today",
        "1998-03-17",
        None,
        Some(("1998-03-17", "1998-11-17")),
    ),
    (
        "Protests lasted from November to January.",
        "2022-01-20",
        "November",
        "2021-11",
        None,
        Some(("2021-11", "2022-01")),
    ),
    // a range of different granularity with its opening word
    (
        "He served from 2008 to June 2009.",
        "2012-06-01",
        "2008",
        "2008",
        None,
        Some(("2008", "2009-06")),
    ),
];

#[test]
fn mods_and_ranges() {
    let mut failures = Vec::new();
    for &(text, dct, extent, value, modifier, range) in MODS_AND_RANGES {
        let found = extract(text, date(dct));
        let Some(t) = found.iter().find(|t| t.text == extent) else {
            failures.push(format!("{text:?}: no {extent:?}"));
            continue;
        };
        let got = (
            t.value.as_str(),
            t.modifier.as_deref(),
            t.range.as_ref().map(|r| (r.start.as_str(), r.end.as_str())),
        );
        if got != (value, modifier, range) {
            failures.push(format!(
                "{text:?} {extent:?}: got {got:?}, want {:?}",
                (value, modifier, range)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn types() {
    let mut failures = Vec::new();
    for &(text, extent, kind) in TYPED {
        let found = extract(text, date("2009-12-01"));
        match found.iter().find(|t| t.text == extent) {
            Some(t) if t.kind.as_str() == kind => {}
            Some(t) => failures.push(format!(
                "{text:?}: {extent:?} is {}, want {kind}",
                t.kind.as_str()
            )),
            None => failures.push(format!("{text:?}: {extent:?} not found")),
        }
    }
    assert!(failures.is_empty(), "types:\n{}", failures.join("\n"));
}

#[test]
fn non_temporal_phrases_stay_untagged() {
    let mut failures = Vec::new();
    for text in NOT_TIMEX {
        let found = extract(text, date("2009-12-01"));
        if !found.is_empty() {
            failures.push(format!(
                "{text:?}: {:?}",
                found.iter().map(|t| &t.text).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "spurious:\n{}", failures.join("\n"));
}

#[test]
fn corpus_has_at_least_300_rows() {
    let n = [
        ABSOLUTE,
        WEEKDAYS,
        DAY_WORDS,
        RELATIVE,
        COUNTED,
        DURATIONS,
        TIMES,
        SETS_AND_REFS,
        VARIED_DCT,
    ]
    .iter()
    .map(|t| t.len())
    .sum::<usize>()
        + NOT_TIMEX.len()
        + TYPED.len();
    assert!(n >= 300, "only {n} rows");
}

/// Every table, for the coverage checks.
const TABLES: &[&[Row]] = &[
    ACROSS_DCTS,
    PROBES,
    ABSOLUTE,
    WEEKDAYS,
    DAY_WORDS,
    RELATIVE,
    COUNTED,
    DURATIONS,
    TIMES,
    SETS_AND_REFS,
    VARIED_DCT,
];

/// How many different document dates the rows of each date-reading resolver module use.
const MIN_DOCUMENT_DATES: usize = 8;

/// Rules given after the resolver, by the narrative pass of `timex::extract`.
const NARRATIVE_RULES: &[&str] = &["weekday-as-before", "month-same-event", "range"];

/// The resolver rule of each row's own expression, with the row's document date.
fn row_rules() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for table in TABLES {
        for &(text, dct, extent, _) in table.iter() {
            for t in extract(text, date(dct)).iter().filter(|t| t.text == extent) {
                let rule = t.rule.split_once('/').map_or(t.rule.as_str(), |(_, r)| r);
                out.push((rule.to_string(), dct));
            }
        }
    }
    out
}

/// Meanings the resolver takes that no phrase makes yet (a library caller may build them):
/// (meaning, document date, value, rule).
fn resolver_only() -> Vec<(Sem, &'static str, &'static str, &'static str)> {
    let half = |shift| Sem::UnitShift {
        unit: Unit::Half,
        shift,
    };
    vec![
        (half(-1), "2009-12-01", "2009-H1", "half-shift"),
        (half(1), "2009-12-01", "2010-H1", "half-shift"),
        (half(-1), "2011-03-15", "2010-H2", "half-shift"),
        (half(0), "2011-03-15", "2011-H1", "half-shift"),
    ]
}

fn context(dct: &str) -> Context {
    Context {
        dct: date(dct),
        anchor: None,
        quarter: None,
        dir: Dir::Past,
        cued: false,
    }
}

#[test]
fn resolver_only_meanings() {
    for (sem, dct, value, rule) in resolver_only() {
        let r = resolve(&sem, &context(dct));
        assert_eq!((r.value.as_str(), r.rule), (value, rule), "{sem:?} on {dct}");
    }
}

/// Each resolver module (`timex::resolve::*`) has rows for every rule it names, and the
/// modules that read the document date are tried on several dates, not one.
#[test]
fn every_resolver_rule_has_rows() {
    use chronicle::timex::resolve::{module_of, RULES};
    use std::collections::{BTreeMap, BTreeSet};
    let mut rows = row_rules();
    rows.extend(
        resolver_only()
            .into_iter()
            .map(|(_, dct, _, rule)| (rule.to_string(), dct)),
    );
    let mut failures = Vec::new();
    for (rule, _) in &rows {
        if module_of(rule).is_none() && !NARRATIVE_RULES.contains(&rule.as_str()) {
            failures.push(format!("rule {rule} is in no resolver module's RULES"));
        }
    }
    let mut dates: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (rule, dct) in &rows {
        if let Some(module) = module_of(rule) {
            dates.entry(module).or_default().insert(dct);
        }
    }
    for &(module, rules) in RULES {
        for rule in rules {
            let n = rows.iter().filter(|(r, _)| r == rule).count();
            if n == 0 {
                failures.push(format!("{module}: no row reaches rule {rule}"));
            }
        }
        let n = dates.get(module).map_or(0, BTreeSet::len);
        if module != "unresolved" && n < MIN_DOCUMENT_DATES {
            failures.push(format!(
                "{module}: rows on {n} document dates, want {MIN_DOCUMENT_DATES} or more"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
