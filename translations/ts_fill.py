"""Fills translations into the Showroom CRM catalogues (showroom_*.ts); shared by the fill scripts.

Each area has a script, translations/fill_translations_<area>.py, that holds only its
translations and ends with one call of Table.run(). To add an area, write:

    #!/usr/bin/env python3
    \"\"\"Fills the <area> messages into the Showroom CRM catalogues.

    Covers <the contexts>. Terms shared with the other fill scripts: ... Here: ...
    \"\"\"
    import pathlib
    import sys

    sys.dont_write_bytecode = True  # keep translations/ free of __pycache__
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    import ts_fill  # noqa: E402

    table = ts_fill.Table()
    tr, trn = table.tr, table.trn

    C = "showroom::SomePage"
    tr(C, "&Save", "&Speichern", "&Сохранить", "&Зберегти", "保存(&S)")
    trn(C, "%n lead(s)", ["%n lead", "%n leads"], ["%n Lead", "%n Leads"],
        ["%n лид", "%n лида", "%n лидов"], ["%n лід", "%n ліди", "%n лідів"], ["%n 条线索"])

    table.run(checks=ts_fill.ALL_CHECKS, literal_ampersands=True, counted_placeholders=True,
              list_unused=True, verify=True, verify_en_numerus=True)

and run it after `ninja update_translations` (lupdate) under the lock other sessions use:
    flock /tmp/ts.lock python3 translations/fill_translations_<area>.py

Messages found in the table get their translation and lose type="unfinished"; the rest stay as
they are. A numerus message has one form per plural form of the language (de/en 2, ru/uk 3,
zh_CN 1); showroom_en.ts only receives the numerus forms (the en lists of trn()). The writer
edits only the <translation> elements it fills and keeps lupdate's layout and escaping, so the .ts
files show no unrelated changes.
"""
import dataclasses
import html
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).resolve().parent
LANGS = ["de", "ru", "uk", "zh_CN"]
PLURAL_FORMS = {"de": 2, "en": 2, "ru": 3, "uk": 3, "zh_CN": 1}
BASIC_CHECKS = ("placeholders", "tags", "accelerator")
ALL_CHECKS = BASIC_CHECKS + ("ellipsis",)  # "spaces" exists too: leading/trailing blanks

PLACEHOLDER = re.compile(r"%L?n|%\d+")
COUNTED_PLACEHOLDER = re.compile(r"%L?n|%L?\d+")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
CONTEXT_RE = re.compile(r"<context>\s*<name>(.*?)</name>.*?</context>", re.S)
MESSAGE_RE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.S)
SOURCE_RE = re.compile(r"<source>(.*?)</source>", re.S)
COMMENT_RE = re.compile(r"<comment>(.*?)</comment>", re.S)
TRANSLATION_RE = re.compile(r"<translation[^>]*?(?:/>|>.*?</translation>)", re.S)
GONE_RE = re.compile(r"<translation type=\"(?:vanished|obsolete)\"")


def escape(text):
    """Escapes like lupdate does."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


@dataclasses.dataclass(frozen=True)
class Options:
    """How a script fills and checks; every option is off unless the script asks for it.

    checks: what every translation must share with its source before anything is written, some
        of ALL_CHECKS and "spaces" (the same leading and trailing blanks; a Chinese full-width
        colon may stand for a trailing blank).
    literal_ampersands: "&&" is a literal "&", not an accelerator (for the "accelerator" check).
    counted_placeholders: %L1 counts as a placeholder too, and each one as often as it occurs;
        otherwise the sets of %1…%99, %n and %Ln are compared (for checks and verify).
    comments: a message with a <comment> is only matched by a source given as (text, comment);
        otherwise comments are ignored and the text alone matches.
    skip_vanished: leave the messages lupdate marked vanished or obsolete alone.
    list_unused: after each file, list the messages of the table the file does not hold.
    verify: afterwards parse each file: no message of the table's contexts may be unfinished
        (showroom_en.ts excepted) and every translation has its source's placeholders.
    shared_contexts: contexts other areas fill too, where verify checks only the table's messages.
    verify_en_numerus: verify wants the numerus messages of showroom_en.ts finished, too.
    """
    checks: tuple = ()
    literal_ampersands: bool = False
    counted_placeholders: bool = False
    comments: bool = False
    skip_vanished: bool = True
    list_unused: bool = False
    verify: bool = False
    shared_contexts: frozenset = frozenset()
    verify_en_numerus: bool = False


class Table:
    """(context, source, comment) -> {lang: translation}; for numerus messages lang -> [forms]."""

    def __init__(self):
        self.entries = {}

    def tr(self, context, source, de, ru, uk, zh):
        """A plain message. source is the text, or (text, comment) for a disambiguated message."""
        self.entries[self._key(context, source)] = {"de": de, "ru": ru, "uk": uk, "zh_CN": zh}

    def trn(self, context, source, en, de, ru, uk, zh):
        """A numerus (%n) message: a list of forms per language, English included."""
        self.entries[self._key(context, source)] = {
            "en": en, "de": de, "ru": ru, "uk": uk, "zh_CN": zh}

    @staticmethod
    def _key(context, source):
        text, comment = source if isinstance(source, tuple) else (source, "")
        return (context, text, comment)

    def run(self, **options):
        """Checks the table, fills showroom_{de,ru,uk,zh_CN,en}.ts and, if asked, verifies them.

        The options (keywords, see Options) are how the areas' scripts differ.
        """
        self.opt = Options(**options)
        for (context, source, _), entry in self.entries.items():
            for lang, value in entry.items():
                for text in value if isinstance(value, list) else [value]:
                    problems = self._problems(lang, source, text)
                    if problems:
                        sys.exit(f"{lang}: {', '.join(problems)} differ in {context!r} "
                                 f"{source!r}: {text!r}")
        for lang in LANGS + ["en"]:
            self._write(lang)
        if self.opt.verify:
            for lang in LANGS + ["en"]:
                self._verify(lang)
            print("checked: no unfinished messages in these contexts, placeholders match")

    def _placeholders(self, text):
        if self.opt.counted_placeholders:
            return sorted(COUNTED_PLACEHOLDER.findall(text))
        return sorted(set(PLACEHOLDER.findall(text)))

    def _problems(self, lang, source, text):
        checks = self.opt.checks
        problems = []
        if "placeholders" in checks and self._placeholders(text) != self._placeholders(source):
            problems.append("placeholders")
        if "tags" in checks and TAG.findall(text) != TAG.findall(source):
            problems.append("HTML tags")
        if "accelerator" in checks:
            accel_source, accel_text = source, text
            if self.opt.literal_ampersands:
                accel_source, accel_text = source.replace("&&", ""), text.replace("&&", "")
            if ("&" in accel_source) != ("&" in accel_text) or accel_text.count("&") > 1:
                problems.append("accelerator")
        if "ellipsis" in checks and ("…" in source) != ("…" in text):
            problems.append("ellipsis")
        if "spaces" in checks:
            # A Chinese full-width colon needs no space after it.
            trailing = text.endswith(" ") or (
                lang == "zh_CN" and source.endswith(" ") and text.endswith("："))
            if source.startswith(" ") != text.startswith(" ") or source.endswith(" ") != trailing:
                problems.append("leading or trailing space")
        return problems

    def _lookup(self, lang, context, source, comment):
        """The key and this language's translation of a message (None if the table has none)."""
        key = (context, source, comment if self.opt.comments else "")
        return key, self.entries.get(key, {}).get(lang)

    def _forms(self, lang, entry, numerus, where):
        if numerus != isinstance(entry, list):
            sys.exit(f"{lang}: numerus mismatch for {where}")
        if numerus and len(entry) != PLURAL_FORMS[lang]:
            sys.exit(f"{lang}: {len(entry)} forms for {where}")

    def _write(self, lang):
        path = HERE / f"showroom_{lang}.ts"
        used = []
        summary = self._edit(path, lang, used)
        print(f"{path.name}: {summary}")
        if self.opt.list_unused:
            known = {key for key, entry in self.entries.items() if lang in entry}
            for context, source, _ in sorted(known - set(used)):
                print(f"  not in the catalogue (renamed or gone?): {context!r} {source!r}")

    def _edit(self, path, lang, used):
        """Replaces the <translation> elements of the table's messages in the text of the file."""
        contexts = {key[0] for key in self.entries}

        def message(match, context):
            block = match.group(0)
            if self.opt.skip_vanished and GONE_RE.search(block):
                return block
            source = html.unescape(SOURCE_RE.search(block).group(1))
            comment = COMMENT_RE.search(block)
            comment = html.unescape(comment.group(1)) if comment else ""
            key, entry = self._lookup(lang, context, source, comment)
            if entry is None:
                return block
            numerus = match.group(1) is not None
            self._forms(lang, entry, numerus, f"{context!r} {source!r}")
            if numerus:
                new = "".join(f"\n            <numerusform>{escape(form)}</numerusform>"
                              for form in entry) + "\n        "
            else:
                new = escape(entry)
            used.append(key)
            return TRANSLATION_RE.sub(lambda _: f"<translation>{new}</translation>", block, count=1)

        def context(match):
            name = html.unescape(match.group(1))
            if name not in contexts:
                return match.group(0)
            return MESSAGE_RE.sub(lambda m: message(m, name), match.group(0))

        text = CONTEXT_RE.sub(context, path.read_text(encoding="utf-8"))
        ET.fromstring(text.encode("utf-8"))  # still well-formed
        path.write_text(text, encoding="utf-8")
        known = sum(1 for entry in self.entries.values() if lang in entry)
        return f"{len(used)} messages written ({known} known to this script)"

    def _verify(self, lang):
        """Parses the written catalogue and checks the messages of this table's contexts."""
        contexts = {key[0] for key in self.entries}
        problems = []
        for context in ET.parse(HERE / f"showroom_{lang}.ts").getroot().iter("context"):
            name = context.findtext("name")
            if name not in contexts:
                continue
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                comment = message.findtext("comment") or ""
                if (name in self.opt.shared_contexts
                        and self._lookup(lang, name, source, comment)[0] not in self.entries):
                    continue  # another area's message
                translation = message.find("translation")
                kind = translation.get("type")
                if kind in ("vanished", "obsolete"):
                    continue
                if kind == "unfinished":
                    # showroom_en.ts leaves the plain messages to their source text.
                    numerus = message.get("numerus") == "yes"
                    if lang != "en" or (self.opt.verify_en_numerus and numerus):
                        problems.append(f"unfinished {name!r} {source!r}")
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")]
                for form in forms or [translation.text or ""]:
                    if self._placeholders(form) != self._placeholders(source):
                        problems.append(f"placeholders of {name!r} {source!r}: {form!r}")
        if problems:
            sys.exit(f"showroom_{lang}.ts:\n  " + "\n  ".join(problems))
