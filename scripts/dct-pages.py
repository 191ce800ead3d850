#!/usr/bin/env python3
"""Writes tests/data/dct/pages.jsonl: development set (b) for `chronicle eval --dct`.

Short pages written for this project in the styles news sites and wires print their
dates (agency wires, bylines, blogs, press releases, numeric timestamps, site clocks,
"updated" lines, lists of other headlines, URL and file-name dates, HTML metadata) and
year-less datelines whose year the story's own evidence must give. None is copied from
a published page; people and events are the field's, the wording is ours.

`{wd}` in a text is replaced by the weekday of the true date and `{wd1}` by that of the
day before, so the weekday cues are right by construction.

    python3 scripts/dct-pages.py   # rewrites tests/data/dct/pages.jsonl
"""
import datetime
import json
import os

PAGES = [
    # --- printed dates with a year -------------------------------------------------
    ("wire-dated", "2014-03-03", "MOSCOW, March 3, 2014 (Reuters) - Russia's upper house of parliament said on {wd} it would review the request, a day after NATO envoys met in Brussels."),
    ("wire-dated", "2008-08-12", "TBILISI, Aug 12, 2008 (AFP) - Georgian officials said on {wd} that Russian armour was still moving south of Gori despite the ceasefire talks."),
    ("byline", "2021-06-14", "Alliance weighs eastern flank\nBy Anna Berg | Defence correspondent | 14 June 2021, 19:40 CEST\n\nAllied leaders gathered in Brussels for a summit expected to approve a new strategy review."),
    ("byline", "2016-07-08", "Warsaw summit opens under shadow of Brexit\nBy Tomasz Nowak, Diplomatic Editor\nJuly 8, 2016 09:12 AM\n\nLeaders of the alliance arrived in the Polish capital on {wd}."),
    ("date-line", "2021-06-14", "Leaders agree to review strategy\nJune 14, 2021 7:40 PM\n\nThe heads of state and government met for four hours and agreed to update the alliance's strategic concept."),
    ("date-line", "2023-07-11", "Vilnius talks run late\n11 July 2023\n\nDiplomats worked through the night on the wording of the final communique on Ukraine's path to membership."),
    ("date-line", "2015-02-12", "Minsk deal reached after all-night talks\nThursday 12 February 2015\n\nThe leaders of Russia, Ukraine, France and Germany agreed a ceasefire to start on Sunday."),
    ("agency-line", "2019-06-27", "Ukrinform | 27.06.2019 - 16:03\nKyiv expects clarity on assembly rights\n\nKYIV - Ukraine's delegation said it hoped the Council of Europe would reconsider its decision."),
    ("agency-line", "2020-01-16", "TASS, 16 January 2020\nMoscow comments on government resignation\n\nThe Kremlin said the new cabinet would be formed within days."),
    ("agency-line", "2017-11-09", "09 November 2017 Interfax-Ukraine\nDefence ministry reports on reform plan\n\nThe ministry said the plan would bring the armed forces closer to alliance standards."),
    ("timestamp", "2018-04-27", "2018-04-27 10:05\nForeign ministers meet in Brussels\n\nMinisters discussed relations with Russia and the alliance's mission in Afghanistan."),
    ("timestamp", "2019-06-27", "Parliamentary assembly vote delayed\n27.06.2019 - 16:03\n\nThe vote on the delegation's credentials was postponed after a long debate."),
    ("timestamp", "2022-02-24", "24/02/2022 06:10 CET\nEU leaders called to summit\n\nThe leaders will meet this evening to agree measures against Moscow."),
    ("timestamp", "2020-11-30", "2020-11-30T14:00:00Z\nReflection group hands in its report\n\nThe group of ten experts presented 138 recommendations to the secretary general."),
    ("web-posted", "1999-03-12", "Three new members join NATO\nMarch 12, 1999\nWeb posted at: 4:12 p.m. EST (2112 GMT)\n\nINDEPENDENCE, Missouri - Poland, Hungary and the Czech Republic formally joined the alliance on {wd}."),
    ("web-posted", "2009-06-04", "Web posted on Thursday, June 4, 2009 11:02 AM EST\n\nThe president's speech in Cairo was watched across the region."),
    ("weekday-header", "2009-06-04", "Thursday, June 4, 2009\n\nNotes from the Cairo speech\n\nPosted by Mark at 11:30 PM\n\nI watched the speech this morning in a cafe near the university."),
    ("weekday-header", "2012-05-21", "Monday, 21 May 2012\n\nChicago summit, day two\n\nThe leaders agreed the timetable for handing security over to Afghan forces by the end of 2014."),
    ("press-release", "2010-11-20", "PRESS RELEASE\nPR(2010)0155\nIssued on 20 Nov. 2010\n\nLisbon Summit Declaration issued by the Heads of State and Government participating in the meeting of the North Atlantic Council."),
    ("press-release", "2019-12-04", "FOR IMMEDIATE RELEASE\nLondon, 4 December 2019\n\nThe leaders issued the London Declaration marking seventy years of the alliance."),
    ("press-release", "2024-07-10", "Media advisory\nWashington, D.C. - July 10, 2024\n\nThe secretary general will hold a press conference at the summit venue."),
    # --- "updated" lines, clocks, furniture ------------------------------------------
    ("updated-trap", "2022-05-03", "Last updated: 5 May 2022 | Published: 3 May 2022\n\nFinland and Sweden move closer to applying\n\nHELSINKI - Finnish leaders are expected to announce their position within days."),
    ("updated-trap", "2018-07-11", "Summit row over spending\nPublished 11 July 2018\nUpdated 13 July 2018, 08:15\n\nThe US president renewed his criticism of allies' defence budgets at the Brussels summit."),
    ("updated-only", "2023-02-09", "Updated 12:05 GMT, 9 February 2023\n\nAllies discuss fighter jets\n\nDefence officials said no decision had been taken on {wd}."),
    ("site-clock", "2009-12-01", "Moscow time 14:32 | Thursday, 3 December 2026\nSubscribe | Log in\n\nBRUSSELS, December 1 (RIA Novosti) - Russian and NATO diplomats met on {wd} to discuss the proposed European security treaty. The treaty proposal was first made in June 2008."),
    ("today-is", "2020-10-21", "Today is Thursday, 3 December 2026\nMenu\n\nPosted 21 Oct 2020\n\nAlliance defence ministers meet by video link\n\nMinisters discussed the deterrence posture and missions."),
    ("headline-list", "2021-03-15", "Allies debate Afghanistan exit\n15 March 2021\n\nOfficials said a decision on the mission would follow a review.\n\nMore stories\n12 March 2021 - Ministers approve new centre\n10 March 2021 - Exercise plans published\n8 March 2021 - Envoy named"),
    ("headline-list", "2016-06-20", "Latest news:\n19 June 2016 | Referendum campaign resumes\n18 June 2016 | Markets calm\n\nWARSAW, June 20, 2016 (PAP) - Polish officials said on {wd} that preparations for the summit were complete."),
    ("comments", "2022-03-02", "KYIV, March 2, 2022 (Reuters) - Ukraine's foreign minister said on {wd} talks would go on.\n\nComments (3)\nIvan, 4 March 2022 at 10:14\nGood reporting.\nOlga, 5 March 2022 at 09:01\nThank you."),
    ("no-date", None, "Today is Friday, 4 December 2026\nSite time 10:04\n\nAllies discuss new posture\n\nOfficials said the talks would continue next month."),
    ("no-date", None, "Home | World | Defence\n\nWhat the alliance's new strategy means\n\nAnalysts say the document sets out priorities for the coming decade."),
    # --- URL, file name, HTML metadata -------------------------------------------
    ("url-path", "2021-10-18", {"url": "https://news.example.com/world/2021/10/18/nato-russia-mission", "text": "Moscow suspends its mission to the alliance\n\nThe foreign ministry said the decision was a response to the expulsion of eight diplomats."}),
    ("url-compact", "2021-10-18", {"url": "https://www.example.org/news/20211018/russia-mission.html", "text": "Moscow closes alliance mission\n\nThe ministry said liaison offices would also close."}),
    ("url-slug", "2021-10-18", {"url": "https://example.net/politics/nato-mission-closure-2021-10-18-live", "text": "Live: Russia closes mission\n\nFollow our live coverage of the reactions in Brussels and Moscow."}),
    ("file-name", "2021-10-18", {"file": "reuters-2021-10-18-nato-moscow.txt", "text": "Alliance regrets Moscow decision\n\nA spokeswoman said the door to dialogue remained open."}),
    ("file-name", "2019-08-02", {"file": "inf-treaty_20190802.txt", "text": "Treaty ends\n\nThe United States formally withdrew from the treaty, citing violations."}),
    ("html-meta", "2022-06-29", {"html": "<html><head><meta property=\"article:published_time\" content=\"2022-06-29T10:00:00+02:00\"><meta property=\"og:updated_time\" content=\"2022-07-01T08:00:00+02:00\"><title>Madrid summit</title></head><body><article><h1>Madrid summit invites two</h1><p>Updated 1 July 2022</p><p>Leaders formally invited Finland and Sweden to join the alliance after Turkey lifted its objections.</p></article></body></html>"}),
    ("html-jsonld", "2023-04-04", {"html": "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-04-04T12:00:00Z\",\"dateModified\":\"2023-04-05T09:00:00Z\"}</script></head><body><article><h1>Finland joins</h1><p>Finland became the thirty-first member of the alliance at a ceremony in Brussels.</p><p>The flag was raised outside the headquarters in the afternoon.</p></article></body></html>"}),
    ("html-time", "2024-03-07", {"html": "<html><body><article><h1>Sweden joins</h1><time datetime=\"2024-03-07T18:00:00+01:00\">7 March</time><p>Sweden deposited its instrument of accession in Washington, becoming the alliance's thirty-second member.</p></article></body></html>"}),
    ("html-updated-only", "2020-03-27", {"html": "<html><head><meta property=\"og:updated_time\" content=\"2020-03-27T16:00:00Z\"></head><body><article><h1>North Macedonia joins</h1><p>North Macedonia became the thirtieth member of the alliance.</p><p>The ceremony was held without guests because of the pandemic.</p></article></body></html>"}),
    ("html-canonical", "2014-09-05", {"html": "<html><head><link rel=\"canonical\" href=\"https://example.com/2014/09/05/wales-summit-ends\"></head><body><article><h1>Wales summit ends</h1><p>Leaders agreed a readiness action plan and a spending pledge.</p><p>The meeting in Newport closed with a flypast.</p></article></body></html>"}),
    # --- year inference ------------------------------------------------------------
    ("infer-office", "2021-06-14", "BRUSSELS, June 14 (AFP) - NATO Secretary General Jens Stoltenberg said on {wd} that leaders had agreed to update the alliance's strategic concept."),
    ("infer-office", "2008-12-04", "BRUSSELS, Dec 4 (AFP) - NATO Secretary General Jaap de Hoop Scheffer said on {wd} that ties with Moscow, frozen since 2002 talks stalled, could thaw."),
    ("infer-old-year", "2008-12-04", "BRUSSELS, Dec 4 (AFP) - Alliance foreign ministers agreed on {wd} to resume contacts with Moscow gradually, after the freeze that followed the August war. The NATO-Russia Council was created in 2002. Secretary of State Condoleezza Rice attended her last meeting."),
    ("infer-future-year", "2019-02-05", "MOSCOW, Feb 5 (Interfax) - Foreign Minister Sergei Lavrov said on {wd} that Moscow was ready to discuss the New START treaty, which expires in February 2021, with the 29-member alliance and Washington. The treaty was signed in 2010."),
    ("infer-future-year", "2010-04-08", "PRAGUE, April 8 (Reuters) - President Dmitry Medvedev and President Barack Obama signed the treaty on {wd}; it runs until 2021 and cuts deployed warheads to 1,550 by 2018."),
    ("infer-lead-earlier-day", "2019-08-26", "KYIV, Aug 26 (UNIAN) - President Volodymyr Zelensky said in an interview published on {wd1} that he was ready to meet the Russian leader, five years after the 2014 annexation of Crimea."),
    ("infer-former", "2022-02-17", "COPENHAGEN, Feb 17 (Reuters) - Former NATO Secretary General Anders Fogh Rasmussen said on {wd} that the West must arm Ukraine now. Russia has massed troops near the border since late 2021."),
    ("infer-then", "2015-09-29", "NEW YORK, Sept 29 (TASS) - President Vladimir Putin said on {wd} at the United Nations that the coalition should include Damascus; in 2011 then-President Dmitry Medvedev had backed a different line."),
    ("infer-anniversary", "2017-05-27", "MOSCOW, May 27 (TASS) - Russian diplomats marked on {wd} the 20th anniversary of the 1997 NATO-Russia Founding Act, saying the alliance had broken its spirit."),
    ("infer-last-year", "2009-08-07", "TBILISI, Aug 7 (AFP) - Georgians marked on {wd} the first anniversary of last year's war with Russia, the August 2008 conflict over South Ossetia."),
    ("infer-member-count", "2006-11-28", "RIGA, Nov 28 (AP) - Leaders of the 26-nation alliance opened a summit on {wd} in the Latvian capital, the first held in a former Soviet republic."),
    ("infer-member-count", "2012-05-20", "CHICAGO, May 20 (AP) - Leaders of the 28-nation alliance began a two-day summit on {wd} focused on the exit from Afghanistan."),
    ("infer-office", "1999-04-24", "WASHINGTON, April 24 (AP) - NATO Secretary General Javier Solana said on {wd} that the alliance's 19 leaders were united on Kosovo."),
    ("infer-office", "2003-05-28", "MADRID, May 28 (Reuters) - NATO Secretary General George Robertson said on {wd} that the alliance would take over the peacekeeping force in Kabul."),
    ("infer-office", "2011-03-29", "LONDON, March 29 (AFP) - NATO Secretary General Anders Fogh Rasmussen said on {wd} that the alliance would take command of the Libya operation within days."),
    ("infer-office", "2025-06-24", "THE HAGUE, June 24 (Reuters) - NATO Secretary General Mark Rutte said on {wd} that allies were close to agreeing a new spending target of 5 percent."),
    ("infer-office", "2019-04-04", "WASHINGTON, April 4 (AP) - Secretary of State Mike Pompeo said on {wd}, as the alliance marked 70 years since its founding treaty was signed in 1949, that members must spend more."),
    ("infer-office", "2005-04-21", "VILNIUS, April 21 (Reuters) - U.S. Secretary of State Condoleezza Rice said on {wd} that Russia should not fear democracy on its borders; Foreign Minister Sergei Lavrov replied later."),
    ("infer-weekday-years", "2009-12-01", "BRUSSELS, December 1 (RIA Novosti) - Russia and NATO will resume military cooperation, Russia's envoy Dmitry Rogozin said on {wd}. The cooperation was frozen after the August 2008 war with Georgia."),
    ("infer-same-day", "2013-11-21", "KYIV, Nov 21 (UNIAN) - The government suspended preparations for the association agreement, the cabinet said in a decree of November 21, 2013."),
    ("wire-dated", "2009-12-01", "BRUSSELS, December 1, 2009 (RIA Novosti) - Russia's envoy to the alliance said the ministers' meeting later this week would take stock of the thaw."),
    ("infer-corpus", "2009-12-02", "BRUSSELS, Dec 2 (RIA Novosti) - Russian envoy Dmitry Rogozin met the alliance's ambassadors to brief them on the security treaty draft."),
    ("infer-office", "2016-07-09", "WARSAW, July 9 (PAP) - Ukrainian President Petro Poroshenko met alliance leaders on {wd} as the Warsaw summit ended."),
    ("infer-office", "2000-10-05", "MOSCOW, Oct 5 (Interfax) - NATO Secretary General George Robertson said on {wd} after meeting President Vladimir Putin that contacts would resume in full."),
]


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    out_path = os.path.join(root, "tests", "data", "dct", "pages.jsonl")
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    with open(out_path, "w", encoding="utf-8") as out:
        for i, (style, truth, body) in enumerate(PAGES):
            record = dict(body) if isinstance(body, dict) else {"text": body}
            if truth:
                day = datetime.date.fromisoformat(truth)
                subs = {"wd": names[day.weekday()],
                        "wd1": names[(day - datetime.timedelta(days=1)).weekday()]}
                for key in ("text", "html"):
                    if key in record:
                        record[key] = record[key].replace("{wd}", subs["wd"]).replace("{wd1}", subs["wd1"])
            line = {"id": f"page-{i + 1:03}", "style": style, "truth": truth}
            line.update(record)
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"{len(PAGES)} pages written to {out_path}")


if __name__ == "__main__":
    main()
