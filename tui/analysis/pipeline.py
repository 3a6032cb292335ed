"""Loading the spaCy pipeline, lazily: importing this module does not import spaCy.

Loading is on the reader's way to its first analysis (a cold start waits for it), so it
loads only what the engine runs, and the same pipeline either way:

- spaCy is imported without its command line (``import_spacy``);
- the components the pipeline's own meta.json lists as disabled (the small English model's
  ``senter``) are excluded, not loaded and then left off: nothing would run them;
- the vocabulary's saved strings (``vocab/strings.json``: 84,780 for the small English model,
  ~100 ms of CPU, a fifteenth of a cold start's engine work) are not loaded
  (``VOCAB_STRINGS``): every string a document's tokens or labels show is added as it is
  made (a token's text, norm, lemma; the components' labels as they load), and the table is
  only hash → string; a parse's tokens are the same without them (``tests/test_start.py``);
- the standard tokenizer is built bare, since loading the pipeline replaces all of its
  rules, patterns and exceptions with the ones saved with it (spaCy would otherwise build
  the language's default ones first, 2,700 special cases, only to throw them away), and it
  takes the saved special cases without checking each again (``saved_rules``);
- catalogue's registries look up entry points in a table grouped once (``_group_entry_points``),
  and the lists of a registry's functions srsly asks for again and again are kept while
  the model loads (``_registry_lists_kept``);
- the rule lemmatizer's lists of known words are made sets (``_lemma_index_as_sets``);
- the garbage collector does not run while spaCy is imported and the model loaded, and
  leaves what they made out of its rounds afterwards (``tui.collector.paused``).
"""

from __future__ import annotations

import importlib
import json
import re
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.analysis.apostrophes import straighten_apostrophes
from tui.analysis.bounded import BoundedTokenizer, cap_sentences, set_sentence_starts
from tui.analysis.furniture import find_furniture
from tui.collector import paused
from tui.config import DEFAULT_MODEL
from tui.errors import NewsreadError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

INSTALL_HINT = {
    DEFAULT_MODEL: "pip install --require-hashes -r requirements.lock",
}


@lru_cache(maxsize=4)
def load_pipeline(name: str | None) -> Language:
    """The named installed pipeline (default: the pinned en_core_web_sm), loaded once per process."""
    with paused():  # ~95 of 1,300 ms CPU would be collections finding nothing (en_core_web_sm)
        spacy = import_spacy()
        _group_entry_points()
        from spacy.language import Language

        if not Language.has_factory(PARAGRAPHS):
            Language.component(PARAGRAPHS, func=_paragraph_starts)
        if not Language.has_factory(SENTENCE_CAP):
            Language.component(SENTENCE_CAP, func=cap_sentences)
        if not Language.has_factory(APOSTROPHES):
            Language.component(APOSTROPHES, func=straighten_apostrophes)
        name = name or DEFAULT_MODEL
        try:
            with _registry_lists_kept():
                nlp = spacy.load(name, **_lean(_model_path(name)))
        except OSError:
            hint = INSTALL_HINT.get(name, f"python -m spacy download {name}")
            raise NewsreadError(f"spaCy pipeline {name!r} is not installed; install it with: {hint}") from None
        if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
            nlp.add_pipe(SENTENCE_CAP, before="parser")
        if APOSTROPHES not in nlp.pipe_names:
            nlp.add_pipe(APOSTROPHES, first=True)
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
        _lemma_index_as_sets(nlp)  # in the block: the collector would go through their 91,000 words again and again
    return nlp


def _lemma_index_as_sets(nlp: Language) -> None:
    """Make the rule lemmatizer's word lists (table ``lemma_index``: the known words of each
    part of speech, as lists) sets, in place; the same lemmas come out.

    spaCy's ``Lemmatizer.rule_lemmatize`` asks ``form in index`` for every suffix rule that fits
    a word it has not lemmatized before, and the small English model's index is a list: 57,528
    nouns, 20,993 verbs... each such question is a scan of the list. On the sample's first
    analysis the scans were a fifth of the parse's instructions (valgrind's callgrind:
    ``list_contains`` and the string comparisons under it, ~250 of 1,220 million). The lemmatizer
    only asks membership of these lists (its ``any(...)`` also tests them for being empty).
    The table is also the vocabulary's (``nlp.vocab.lookups``), where the rules that see only
    a ``Doc`` find the known common nouns. A pipeline without a rule lemmatizer is left as it is.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = getattr(lemmatizer, "lookups", None)
    if getattr(lemmatizer, "mode", None) != "rule" or lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for pos, words in list(index.items()):
        if isinstance(words, list):
            index[pos] = frozenset(words)
    nlp.vocab.lookups.set_table("lemma_index", index)  # for the rules that have a Doc only (``entities``)


@lru_cache(maxsize=4)
def verb_forms(nlp: Language) -> frozenset[str]:
    """The verbs the pipeline's rule lemmatizer knows, in their base forms and irregular ones
    ("cut", "find", "fell"), lower case: what ``casing.truecased`` asks of a headline word the
    article's body never writes (8,700 base forms and 2,400 irregular ones for the small
    English model), found once per pipeline. Empty for a pipeline without such lists (or an
    object that only parses, as a test's stand-in)."""
    names = getattr(nlp, "pipe_names", ())
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None) if "lemmatizer" in names else None
    if lookups is None or not lookups.has_table("lemma_index") or not lookups.has_table("lemma_exc"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", ())) | frozenset(
        lookups.get_table("lemma_exc").get("verb", {}))


PARAGRAPHS = "newsread_paragraphs"  # the component that makes a line break a sentence boundary
SENTENCE_CAP = "newsread_sentence_cap"  # the one that ends a run-on sentence (see bounded.py)
APOSTROPHES = "newsread_apostrophes"  # words with ’ read as with ' (see apostrophes.py)


def _paragraph_starts(doc: Doc) -> Doc:
    """A line break ends a sentence: the parser otherwise runs a headline into the first
    body sentence (and the tagger's entities across it), which no reader would do. So does a
    quote opening with a capital after a word whose dot the tokenizer kept as its own (`The fire
    started at 3 a.m. "We heard …`, `in Aiken, S.C. "The race …`): the abbreviation's dot is
    the sentence's too, when the quote holds two words or more and closes on a sentence's
    punctuation (`"…,"`, `"….”`); not a name in quotes (`Sen. J.D. "Buck" Doyle`, `the U.S.
    "Big Three" carmakers`, `Mr. "Buck," as he was known`), nor a phrase after an abbreviation a
    determiner or possessive (tagger's DT, PRP$) makes a modifier (`chase the U.S. "Dream," she said`).
    Page furniture a scrape keeps in the paragraph (a byline's timestamps, a photo caption:
    ``furniture``) is a sentence of its own, not run into the lead."""
    breaks = [tok.i + 1 for tok in doc[:-1] if tok.is_space and "\n" in tok.text]
    text = doc.text
    for start, end in find_furniture(text):
        piece = doc.char_span(start, end, alignment_mode="expand")
        if piece is not None:
            breaks += [i for i in (piece.start, piece.end) if 0 < i < len(doc)]
    for tok in doc[2:-1]:
        prev = doc[tok.i - 1]
        if (tok.text in _OPENING_QUOTES and prev.whitespace_ and len(prev.text) > 1 and prev.text.endswith(".")
                and doc[tok.i - 2].tag_ not in ("DT", "PRP$") and doc[tok.i + 1].is_title
                and (spoken := _SPOKEN.match(text, tok.idx + 1)) and " " in spoken.group().strip()):
            breaks.append(tok.i)
    return set_sentence_starts(doc, sorted(set(breaks)))


_OPENING_QUOTES = {'"', "“"}
_SPOKEN = re.compile(r"[^\"“”\n]*[,.?!—–-][\"”]")  # a quote closing on a sentence's punctuation (`"…,"`)


def model_label(nlp: Language) -> str:
    """Name and version of a pipeline, as the analysis records it (part of the cache key)."""
    return _label(nlp.meta)


def _label(meta: dict) -> str:
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


@lru_cache(maxsize=8)
def model_key(name: str | None) -> str | None:
    """The label ``model_label`` would give the named pipeline, read from its meta.json alone.

    The analysis cache is looked up before spaCy is imported, so the model part of its key
    must be known without loading anything. None when the pipeline cannot be found this
    way: the caller then has to load it (and gets the install hint if it is missing).
    """
    path = _model_path(name or DEFAULT_MODEL)
    meta = _meta(path) if path is not None else None
    return _label(meta) if meta is not None else None


def _model_path(name: str) -> Path | None:
    """The folder an installed pipeline package (or a pipeline path) keeps its meta.json in
    (a package's own folder: spaCy's package loader finds the data beside it); None when
    there is no such folder."""
    from importlib.util import find_spec

    path = Path(name)
    if path.exists():
        return path
    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _meta(path: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) else None


def _lean(path: Path | None) -> dict[str, Any]:
    """``spacy.load`` arguments that skip what loading the pipeline at ``path`` would build
    and never use (see the module docstring); none when its meta.json or config cannot be
    read, or it does not use the standard tokenizer: then it loads as spaCy would."""
    meta = _meta(path) if path is not None else None
    if path is None or meta is None:
        return {}
    found: dict[str, Any] = {"exclude": [VOCAB_STRINGS]}
    disabled = meta.get("disabled")
    if isinstance(disabled, list) and all(isinstance(c, str) for c in disabled):
        found["exclude"] += disabled
    data = path / f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"
    if _standard_tokenizer(data if data.is_dir() else path):
        found["config"] = {"nlp": {"tokenizer": {"@tokenizers": BARE_TOKENIZER}}}
        _register_bare_tokenizer()
    return found


VOCAB_STRINGS = "strings"
"""The field of ``Vocab.from_disk`` that ``spacy.load``'s ``exclude`` leaves out, as it does a
component (``Language.from_disk`` hands its ``exclude`` on to the vocabulary)."""


def _standard_tokenizer(data: Path) -> bool:
    """Whether the pipeline saved in ``data`` builds spaCy's standard tokenizer and keeps
    its state (rules, patterns, exceptions) beside it, to be loaded over a bare one."""
    if not (data / "tokenizer").is_file():
        return False
    from spacy.util import load_config

    try:
        tokenizer = load_config(data / "config.cfg", interpolate=False)["nlp"]["tokenizer"]
    except (OSError, ValueError, KeyError, TypeError):
        return False
    return isinstance(tokenizer, dict) and tokenizer == {"@tokenizers": "spacy.Tokenizer.v1"}


BARE_TOKENIZER = "newsread.bare_tokenizer"
"""The registered name of ``_bare_tokenizer``."""


def _register_bare_tokenizer() -> None:
    from spacy.util import registry

    if BARE_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(BARE_TOKENIZER, func=_bare_tokenizer)


def _bare_tokenizer() -> Any:
    """A tokenizer factory: spaCy's tokenizer with no rules, patterns or exceptions yet (the
    pipeline's saved tokenizer state is loaded into it, its special cases unchecked:
    ``tui.analysis.saved_rules``)."""
    from tui.analysis.saved_rules import SavedRulesTokenizer

    def make(nlp: Language) -> SavedRulesTokenizer:
        return SavedRulesTokenizer(nlp.vocab)

    return make


def _group_entry_points() -> None:
    """Let catalogue (spaCy's function registries) find a group's entry points in a table
    rather than by a scan of all of them.

    catalogue takes the installed packages' entry points once (``AVAILABLE_ENTRY_POINTS``),
    but looks a registry's group up in them on every registry lookup with
    ``select(group=...)``, which goes through every entry point of every package: srsly
    does one lookup per array it unpacks, some 190 on loading the small English model, a
    tenth of its loading time here. The same entry points grouped in a dict, which catalogue
    reads with ``.get(group, [])`` (its way for the older ``importlib.metadata``), give each
    group the same entry points in the same order (``select`` filters the groups' entry
    points chained in group order).
    """
    import catalogue

    available = catalogue.AVAILABLE_ENTRY_POINTS
    if isinstance(available, dict) and hasattr(available, "select"):  # importlib.metadata's SelectableGroups
        catalogue.AVAILABLE_ENTRY_POINTS = {group: list(points) for group, points in dict.items(available)}


@contextmanager
def _registry_lists_kept() -> Iterator[None]:
    """While the block runs, what a catalogue registry's ``get_all`` (all its functions)
    finds is kept and given again as long as no function has been registered or removed
    in any registry since.

    srsly's msgpack loader asks its registry of decoders for all of them on every array it
    unpacks (92 times for the small English model), and each time catalogue goes through
    every function of every registry (some 220) to pick that registry's: ~45 ms of CPU, a
    tenth of the model's load. A copy of catalogue's table of functions is kept with each
    answer, and the answer is given again only while the table is still equal to it (the
    same functions under the same names).
    """
    import catalogue

    get_all = catalogue.Registry.get_all
    kept: dict[tuple[tuple[str, ...], bool], tuple[dict[Any, Any], dict[str, Any]]] = {}

    def kept_get_all(registry: catalogue.Registry) -> dict[str, Any]:
        key = (tuple(registry.namespace), registry.entry_points)
        found = kept.get(key)
        if found is None or found[0] != catalogue.REGISTRY:
            table = dict(catalogue.REGISTRY)
            found = kept[key] = (table, get_all(registry))
        return dict(found[1])

    catalogue.Registry.get_all = kept_get_all  # type: ignore[method-assign]
    try:
        yield
    finally:
        catalogue.Registry.get_all = get_all  # type: ignore[method-assign]


def import_spacy() -> types.ModuleType:
    """``import spacy``, without its command line.

    spaCy's ``__init__`` imports ``spacy.cli`` for one name, ``spacy.info``, and with it
    typer, weasel, requests, httpx and jinja2: a third of the import, on the reader's way to
    its first analysis. While spaCy is imported, stand-ins take the places of ``spacy.cli``
    and ``spacy.cli.info`` (``spacy.info`` imports the real one when called); they are gone
    afterwards, so ``import spacy.cli`` still gets the real one. Should a spaCy ever import
    more than ``info`` from there, the import is done again the ordinary way.

    confection (spaCy's configuration system) imports pydantic's whole v1 copy only to tell
    v1 models from others, and takes an ImportError for "no v1"; spaCy's schemas are pydantic
    v2 models, so while spaCy is imported ``pydantic.v1`` is made to fail that way (2% of the
    instructions of a cold start to the first analysis, valgrind's callgrind). It imports as
    usual afterwards.

    Two more modules are imported for functions that loading a pipeline and parsing never
    call: srsly's YAML functions (and with them its copy of ruamel.yaml) and packaging's
    ``Requirement`` (spaCy's ``split_requirement``, for packaging a pipeline; with it
    packaging's parser of requirements and markers). While spaCy is imported they are
    stand-ins (``LATER``) whose functions import the real module when called.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    stand_ins: dict[str, types.ModuleType | None] = {
        name: types.ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}
    stand_ins["spacy.cli.info"].info = _spacy_info  # type: ignore[union-attr]
    for module, names in LATER.items():
        if module not in sys.modules:
            stand_ins[module] = types.ModuleType(module)
            for name in names:
                setattr(stand_ins[module], name, _imported_when_called(module, name))
    if "pydantic.v1" not in sys.modules:
        stand_ins["pydantic.v1"] = None  # an ImportError for confection's probe
    sys.modules.update(stand_ins)
    try:
        import spacy
    except ImportError:
        _drop(stand_ins)
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        import spacy
    finally:
        _drop(stand_ins)
    return spacy


LATER = {
    "srsly._yaml_api": ("yaml_dumps", "yaml_loads", "read_yaml", "write_yaml", "is_yaml_serializable"),
    "packaging.requirements": ("Requirement",),
}
"""Modules spaCy's import takes names from that the engine never calls (see ``import_spacy``),
with those names."""


def _imported_when_called(module: str, name: str) -> Any:
    """A stand-in for the function (or class, called) ``name`` of ``module``: imports the
    module when called, and calls the real one."""
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    return call


def _drop(stand_ins: dict[str, types.ModuleType | None]) -> None:
    """Take the stand-ins ``import_spacy`` put in ``sys.modules`` out again (each only where
    it is still the one there)."""
    for name, module in stand_ins.items():
        if name in sys.modules and sys.modules[name] is module:
            del sys.modules[name]


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, imported on the call."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
