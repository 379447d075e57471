"""Hostile inputs for the whole pipeline, built from sentences written for rasd (no article text).

    python benchmarks/adversarial.py OUT.jsonl      # writes one {id, text, published, expect_error} per line

Each document stresses one thing a real feed sends sooner or later: very long articles, one huge paragraph, tables
and lists, runs of quotation marks, unbalanced brackets, mixed scripts, emoji, bidi controls, Arabic-Indic digits,
HTML entities left in the text, repeated punctuation, a 10,000-character word, white space only, numbers only,
dates at the edge of the calendar, deep nesting of quotations. `expect_error` marks inputs a clear one-line error is
the right answer for.
"""

from __future__ import annotations

import json
import sys
from typing import Any

# News-like sentences written for these tests: dates, quotations, entities and events in everyday wire style.
SENTENCES = (
    "أعلن وزير الخارجية المصري في القاهرة يوم الأحد أن بلاده ستستضيف جولة جديدة من المحادثات بين الأطراف الليبية "
    "الشهر المقبل.",
    "وقال المتحدث باسم الحكومة العراقية إن «الوضع الأمني في بغداد مستقر» مضيفا أن القوات ستواصل عملياتها حتى نهاية "
    "العام.",
    "واجتمع الرئيس التونسي مع رئيس الوزراء الجزائري في تونس العاصمة في 12 مارس 2018 لبحث التعاون الاقتصادي.",
    "ونددت جامعة الدول العربية بالهجوم الذي استهدف مدينة عدن اليمنية أمس الأربعاء.",
    "وأكدت الأمم المتحدة في بيان صدر الخميس أن أكثر من 300 ألف شخص نزحوا خلال الأشهر الستة الماضية.",
    "ونقلت وكالة الأنباء السعودية عن مصدر مسؤول قوله إن المملكة ترحب بالاتفاق.",
    "وفرضت الولايات المتحدة عقوبات جديدة على شركات روسية بعد ثلاثة أيام من الاجتماع.",
    "وتظاهر آلاف المواطنين في شوارع الخرطوم مطالبين بإطلاق سراح المعتقلين.",
    "ومن المقرر أن يزور ولي العهد السعودي الأمير محمد بن سلمان باريس في العاشر من أبريل/نيسان.",
    "واتهم المتحدث باسم الجيش الإسرائيلي حركة حماس بإطلاق صواريخ على جنوب إسرائيل فجر اليوم.",
    "وقالت رئيسة الوزراء البريطانية تيريزا ماي للصحفيين: «لن نتراجع عن قرارنا»، وأضافت أن لندن ستطرد دبلوماسيين روسا.",
    "وأفاد مراسل قناة الجزيرة بأن اشتباكات عنيفة اندلعت صباح السبت قرب الحدود التركية السورية.",
)
PARAGRAPH = " ".join(SENTENCES)
PUBLISHED = "2018-03-15"
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def one_paragraph(words: int) -> str:
    """A single paragraph of about `words` words with no line break and no full stop: one huge sentence."""
    pool = PARAGRAPH.replace(".", "").split()
    return " ".join(pool[i % len(pool)] for i in range(words))


def adversarial_docs() -> list[dict[str, Any]]:
    docs: dict[str, str] = {
        "very_long_200_paragraphs": "\n\n".join([PARAGRAPH] * 200),
        "one_paragraph_40k_chars": " ".join([PARAGRAPH] * 25),
        "one_sentence_no_stops_8k_words": one_paragraph(8000),
        "table_and_lists": "\n".join(
            [
                "| البلد | عدد اللاجئين | التاريخ |",
                "|---|---:|---|",
                "| الأردن | 650,000 | 2018-03-01 |",
                "| لبنان | ١٬٠٠٠٬٠٠٠ | ١ مارس ٢٠١٨ |",
                "البلد\tالعدد\tالتاريخ",
                "تركيا\t3,500,000\t15/03/2018",
                "- أعلنت الحكومة الأردنية إغلاق المعبر.",
                "• وقال الوزير: «سنعيد فتحه قريبا».",
                "1) اجتماع في عمان يوم الأحد.",
                "2) زيارة إلى بيروت الثلاثاء المقبل.",
                "أ. بيان وزارة الخارجية",
                "ب. بيان وزارة الداخلية",
            ]
        ),
        "many_quote_marks": 'وقال الوزير «««نعم»»» و"""لا""" ثم «««« وأضاف: »»»» «‹›» “”“” \'\'\' ‘’ '
        + " ".join(["«"] * 300)
        + " قال الرئيس: «"
        + PARAGRAPH
        + " "
        + " ".join(["»"] * 300),
        "nested_quotes_depth_50": "قال المتحدث: " + "«وقال: " * 50 + "انتهى الاجتماع" + "»" * 50 + ".",
        "unbalanced_brackets": "(((( [[[ {{{ " + PARAGRAPH + " ))) ]] } ( [ « ( « " + "(" * 500 + PARAGRAPH,
        "mixed_latin_arabic": "قال Donald Trump في تغريدة على Twitter إن US sanctions on Iran will continue، "
        "وأضاف وزير الخارجية Mike Pompeo أن «the deal is dead» يوم 8 May 2018. "
        "The United Nations (الأمم المتحدة) said on Monday that 1.5 million people need aid في اليمن. "
        + "rasd-ABC123 " * 50
        + PARAGRAPH,
        "emoji": "😀🇸🇦👨‍👩‍👧‍👦 " + PARAGRAPH.replace(" ", " 🔥 ") + " ❤️‍🔥🏳️‍🌈 « 😂 » قال 🤔: «👍»",
        "bidi_controls": "\u200f\u202b"
        + PARAGRAPH.replace(" ", "\u200f \u200e").replace("في", "ف\u200cي")
        + "\u202c\u2066 Reuters \u2069\u2067 رويترز \u2069\u061c\u200d",
        "arabic_indic_digits": PARAGRAPH.translate(ARABIC_INDIC)
        + " في ١٢ آذار/مارس ٢٠١٨ الساعة ١٠:٣٠ صباحا، وفي ۱۲ مارس ۲۰۱۸ (بأرقام فارسية)، وفي ١٤٣٩/٦/٢٥ هـ، "
        "وخلال الفترة ٢٠١٥-٢٠١٨، وبنسبة ٪٤٥ و٤٥٪، ورقم ٠٥٥٥١٢٣٤٥٦.",
        "html_entities": "&quot;قال&quot; الوزير &amp; المتحدث&nbsp;إن &laquo;الاجتماع&raquo; &#1606;&#1580;&#1581; "
        '<p>في القاهرة</p><br/>&lt;يوم الأحد&gt; &#x627;&#x644; <a href="x">رابط</a> &amp;amp; &hellip; '
        + PARAGRAPH.replace("«", "&laquo;").replace("»", "&raquo;"),
        "repeated_punctuation": "!!!!!!!!!!!!!!!!!!!! ؟؟؟؟؟؟؟؟ ،،،،،،،،،، ........ ---- ____ **** "
        + PARAGRAPH.replace(".", "!!!!!!!!!!......؟؟؟؟").replace("،", "،،،،،،")
        + " "
        + "." * 5000
        + " "
        + "؛" * 2000,
        "word_10k_arabic": "قال الوزير إن " + "ب" * 10000 + " وصل يوم الأحد.",
        "word_10k_latin": "قال الوزير إن " + "abc" * 3400 + " وصل يوم الأحد.",
        "word_10k_digits": "قال الوزير إن " + "7" * 10000 + " وصل يوم الأحد. " + "٧" * 10000,
        "word_10k_tatweel_diacritics": "وقال " + "بـَّ" * 2500 + " أمس.",
        "empty_lines_only": "\n\n\n\n   \n\t\n",
        "all_numbers": " ".join(str(1900 + (i * 37) % 200) for i in range(3000)),
        "all_numbers_arabic_indic": " ".join(str(i * 7919).translate(ARABIC_INDIC) for i in range(2000)),
        "all_numbers_punctuated": "\n".join(f"{i}/{i % 12 + 1}/{2000 + i % 30} - {i}.{i}%" for i in range(1000)),
        "calendar_edges": "قبل 2021 عاما، وبعد 99999999 يوم، وقبل 5000000 أسبوع، وبعد 9999999999 شهرا، وفي عام 0، "
        "وفي عام 10000، وفي 31 فبراير 2018، وفي 30 فبراير، وفي 29 فبراير 2019، وفي 0 مارس 2018، وفي 45 مايو، "
        "وفي اليوم 99 من الشهر، وفي عام 1 هـ، وفي 30 ذو الحجة 1500 هـ، وفي القرن 999، وفي الأسبوع 60 من العام، "
        "وفي الساعة 25:61، وفي التسعينيات من القرن الخامس، وقبل 3000 قرن، وبعد 100000 عام.",
        "line_separators": PARAGRAPH.replace(". ", ".\u2028").replace("، ", "،\u2029")
        + "\r\n\r\n"
        + PARAGRAPH.replace(" ", "\u00a0")
        + "\r"
        + PARAGRAPH.replace(" ", "\t")
        + "\x0c\x0b"
        + PARAGRAPH,
        "combining_marks_alone": "\u064e\u0650\u0651 " + "\u064b" * 200 + " قال\u0670 الوزير\u0652 " + PARAGRAPH,
        "many_countries_list": "، ".join(
            ["مصر", "السعودية", "الأردن", "لبنان", "سوريا", "العراق", "اليمن", "ليبيا", "تونس", "الجزائر"] * 300
        )
        + ".",
        "many_cues": " ".join(["قال الوزير إن الوضع مستقر، وأضاف أن"] * 400) + " الاجتماع انتهى.",
        "many_people_one_sentence": "واجتمع " + " و".join(["الرئيس المصري عبد الفتاح السيسي"] * 300) + " في القاهرة.",
        "many_dates_one_sentence": "في " + " و".join(["12 مارس 2018 الساعة العاشرة صباحا"] * 500) + ".",
        "single_character": "ا",
        "only_punctuation": "«»()[]{}،؛؟!.:-–—…" * 50,
    }
    out = []
    for name, text in docs.items():
        out.append(
            {
                "id": f"adv-{name}",
                "text": text,
                "published": PUBLISHED,
                "source": "adversarial",
                "expect_error": not text.strip(),
            }
        )
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    with open(args[0], "w", encoding="utf-8") if args else sys.stdout as stream:
        for doc in adversarial_docs():
            stream.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
