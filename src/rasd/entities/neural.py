"""The neural NER tagger at run time: a BiLSTM-CRF evaluated with numpy only (no torch), from one .npz file.

The network (trained by `training/train_ner_neural.py`, which defines the same computation in PyTorch):
each token is the concatenation of
- a word vector and a stem vector (word2vec learned here from unlabelled news; the stem is the word without its
  clitics, so «وبموسكو» shares the vector of «موسكو»), frozen during training so that names seen only in the news
  sit where the names of the training data do;
- a character CNN over the normal form (width-3 filters, max over positions): suffixes, foreign-name spellings,
  words never seen;
- small embeddings of the proclitics, the enclitic, the shape, glued punctuation, and the gazetteer tag;
then a one-layer BiLSTM, a linear layer to tag scores, and a linear-chain CRF decoded by Viterbi.

Everything before the LSTM depends on the word alone except the gazetteer tag, so the LSTM's input projection is
computed once per distinct word of a batch and the gazetteer's part added per token. The sentences of a batch
run together, longest first: each LSTM step is one batched matrix product for both directions over the sentences
still running (the backward direction runs over each sentence reversed, left-aligned, so padding never reaches a
real token), and their rows are packed step after step, so no padding is stored or computed.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Final

import numpy as np
import numpy.typing as npt
from threadpoolctl import ThreadpoolController

from rasd.caches import word_cache_of
from rasd.entities.forms import SHAPES, WordForm, word_form
from rasd.entities.gazetteer import gazetteer_matches
from rasd.resources import data_path

Floats = npt.NDArray[np.float32]
Ints = npt.NDArray[np.int64]

PAD: Final = 0
UNKNOWN: Final = 1
MODEL_FILE: Final = "ner_bilstm.npz"
PROJECTION_CACHE: Final = 20_000  # words whose input projection is kept (8 * hidden floats each: ~80 MB)
BATCH_SLOTS: Final = 4096  # sentences x padded length per batch: bounds memory on long documents


def char_key(form: WordForm) -> str:
    """The characters the CNN reads: the lower-cased normal form."""
    return form.norm.lower()


def word_key(form: WordForm) -> str:
    return form.norm.lower()


def stem_key(form: WordForm) -> str:
    return form.stem.lower()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Strings -> ids; ids 0 (padding) and 1 (unknown) are reserved."""

    ids: dict[str, int]

    @classmethod
    def of(cls, items: Sequence[str]) -> Vocabulary:
        return cls({item: index for index, item in enumerate(items, start=2)})

    def get(self, item: str) -> int:
        return self.ids.get(item, UNKNOWN)

    def __len__(self) -> int:
        return len(self.ids) + 2


class Encoder:
    """Word -> the ids the network reads (vocabularies from the model's config); shared by training and inference."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.max_chars: int = int(config["max_chars"])
        vocab = {name: Vocabulary.of(config["vocab"][name]) for name in ("word", "stem", "prefix", "suffix", "char")}
        self.words, self.stems = vocab["word"], vocab["stem"]
        self.prefixes, self.suffixes, self.chars = vocab["prefix"], vocab["suffix"], vocab["char"]
        self.shapes = {shape: index for index, shape in enumerate(SHAPES)}
        self.gazetteer = {tag: index for index, tag in enumerate(config["gazetteer_tags"])}

    def word_ids(self, words: Sequence[str]) -> Ints:
        """(W, 6): word, stem, proclitics, enclitic, shape, glued punctuation."""
        # one flat list turned into an array at the end: a numpy row assignment per word cost more than the lookups
        flat: list[int] = []
        words_get, stems_get = self.words.get, self.stems.get
        prefixes_get, suffixes_get, shapes = self.prefixes.get, self.suffixes.get, self.shapes
        for word in words:
            f = word_form(word)
            flat.append(words_get(word_key(f)))
            flat.append(stems_get(stem_key(f)))
            flat.append(prefixes_get(f.prefixes) if f.prefixes else PAD)
            flat.append(suffixes_get(f.suffix) if f.suffix else PAD)
            flat.append(shapes[f.shape])
            flat.append(int(f.edge_punct))
        return np.array(flat, dtype=np.int64).reshape(len(words), 6)

    def char_ids(self, words: Sequence[str]) -> tuple[Ints, Ints]:
        """(W, L) character ids padded with 0 to the longest word (at most `max_chars`), and the lengths."""
        keys = [char_key(word_form(w))[: self.max_chars] for w in words]
        lengths = np.fromiter(map(len, keys), dtype=np.int64, count=len(keys))
        ids = np.zeros((len(keys), max(1, int(lengths.max(initial=0)))), dtype=np.int64)
        get = self.chars.get
        flat = np.fromiter((get(c) for key in keys for c in key), dtype=np.int64, count=int(lengths.sum()))
        # every character's (row, column), filled with one scatter rather than a numpy assignment per word
        rows = np.repeat(np.arange(len(keys)), lengths)
        columns = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        ids[rows, columns] = flat
        return ids, lengths

    def gazetteer_ids(
        self, sentences: Sequence[Sequence[str]], forms: Sequence[Sequence[WordForm]] | None = None
    ) -> Ints:
        """Gazetteer tag ids of all tokens of the sentences, in order (0, the id of "O", outside names); `forms`: the
        sentences' `word_forms`, when the caller has them."""
        out = np.zeros(sum(map(len, sentences)), dtype=np.int64)
        ids = self.gazetteer
        offset = 0
        for k, sentence in enumerate(sentences):
            for first, length, label in gazetteer_matches(sentence, None if forms is None else forms[k]):
                out[offset + first] = ids.get("B-" + label, 0)
                out[offset + first + 1 : offset + first + length] = ids.get("I-" + label, 0)
            offset += len(sentence)
        return out


class BiLstmCrf:
    """Numpy inference of the BiLSTM-CRF stored in an .npz written by the training script."""

    def __init__(self, path: Path, projection_cache: int = PROJECTION_CACHE) -> None:
        if not path.exists():
            raise FileNotFoundError(f"NER model not found at {path}; rebuild it with training/train_ner_neural.py")
        with np.load(path, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
        config: dict[str, Any] = json.loads(str(arrays.pop("config")))
        self.tags: tuple[str, ...] = tuple(config["tags"])
        self.encoder = Encoder(config)
        f32 = {name: value.astype(np.float32) for name, value in arrays.items()}
        hidden = int(config["hidden"])
        self._hidden = hidden
        self._capacity = projection_cache  # rows of `_projection_rows`
        self._projections: dict[str, int] = {}  # word -> its row of `_projection_rows`, across documents
        self._projection_rows: Floats | None = None
        self._row_words: list[str] = [""] * projection_cache  # the word of each row ("" when free)
        self._free_rows = list(range(projection_cache - 1, -1, -1))  # popped from the end: rows 0, 1, 2... first
        self._row_used = np.zeros(projection_cache, dtype=np.int64)  # the last batch that read each row
        self._row_reads = np.zeros(projection_cache, dtype=np.int64)  # how many batches read each row
        # when each row's word came in (kept words renumbered in their kept order): `_make_room` breaks ties by it
        self._row_arrival = np.zeros(projection_cache, dtype=np.int64)
        self._arrivals = 0
        self._batches = 0
        word_cache_of(self, "forget_words")
        # torch's gate order i, f, g, o becomes i, f, o, g, and i, f, o are halved: sigmoid(x) = (tanh(x/2) + 1) / 2,
        # so one tanh serves all four gates and the rescaling runs over one contiguous slice of three
        order = np.concatenate([np.arange(n * hidden, (n + 1) * hidden) for n in (0, 1, 3, 2)])
        scale = np.full(4 * hidden, 0.5, dtype=np.float32)
        scale[3 * hidden :] = 1.0
        w_ih = f32["lstm_w_ih"][:, order] * scale[None, :, None]  # (2, 4H, input)
        w_hh = f32["lstm_w_hh"][:, order] * scale[None, :, None]
        self._w_hh = np.ascontiguousarray(w_hh.transpose(0, 2, 1))  # (2, H, 4H)
        # tanh(x) * scale + offset over whole rows: (t + 1) / 2 on i, f, o and t unchanged on g (x * 1 + 0 is exact);
        # one broadcast over contiguous rows takes half the time of the same on the strided slice of three gates
        self._gate_scale = scale
        self._gate_offset = np.where(scale == 0.5, np.float32(0.5), np.float32(0.0)).astype(np.float32)
        bias = f32["lstm_b"][:, order] * scale[None, :]  # (2, 4H)
        gaz_dim = f32["gaz_emb"].shape[1]
        static_dim = w_ih.shape[2] - gaz_dim
        # (static input, 2 * 4H): both directions' projections side by side
        self._w_static = np.ascontiguousarray(w_ih[:, :, :static_dim].transpose(2, 0, 1).reshape(static_dim, -1))
        gaz_projection = f32["gaz_emb"] @ w_ih[:, :, static_dim:].transpose(2, 0, 1).reshape(gaz_dim, -1)
        gaz_projection += bias.reshape(-1)
        # (direction, tag, 4H): each direction's part contiguous, as the rows gathered for it
        self._gaz_projection = np.ascontiguousarray(_by_direction(gaz_projection))
        self._word_emb, self._stem_emb = f32["word_emb"], f32["stem_emb"]
        self._char_emb = f32["char_emb"]
        conv = f32["conv_w"]  # (filters, char dim, width) as torch's Conv1d
        self._conv_width = conv.shape[2]
        self._conv = np.ascontiguousarray(conv.transpose(2, 1, 0).reshape(-1, conv.shape[0]))  # (width*dim, filters)
        self._conv_b = f32["conv_b"]
        self._feature_embs = (f32["prefix_emb"], f32["suffix_emb"], f32["shape_emb"], f32["punct_emb"])
        self._out_w = np.ascontiguousarray(f32["out_w"].T)
        self._out_b = f32["out_b"]
        self.transitions, self.start, self.end = f32["transitions"], f32["start"], f32["end"]
        self._transitions_into = np.ascontiguousarray(self.transitions.T)

    def forget_words(self) -> None:
        self._projections.clear()
        self._projection_rows = None
        self._row_words = [""] * self._capacity
        self._free_rows = list(range(self._capacity - 1, -1, -1))
        self._arrivals = 0

    # -- per distinct word ---------------------------------------------------------------------------------------

    def _char_features(self, words: Sequence[str]) -> Floats:
        """Max over positions of width-k filters on the character embeddings (zero padding, as torch's Conv1d)."""
        ids, lengths = self.encoder.char_ids(words)
        width, half = self._conv_width, self._conv_width // 2
        longest = ids.shape[1]
        embedded = self._char_emb[np.pad(ids, ((0, 0), (half, half)))]  # (W, L + 2h, d); id 0 is the zero vector
        windows = np.concatenate([embedded[:, k : k + longest] for k in range(width)], axis=2)
        convolved = windows @ self._conv + self._conv_b  # (W, L, filters)
        convolved[np.arange(longest)[None, :] >= np.maximum(lengths, 1)[:, None]] = -np.inf
        return convolved.max(axis=1)  # type: ignore[no-any-return]

    def _static_projection(self, words: Sequence[str]) -> Floats:
        ids = self.encoder.word_ids(words)
        prefix, suffix, shape, punct = self._feature_embs
        inputs = np.concatenate(
            [
                self._word_emb[ids[:, 0]],
                self._stem_emb[ids[:, 1]],
                self._char_features(words),
                prefix[ids[:, 2]],
                suffix[ids[:, 3]],
                shape[ids[:, 4]],
                punct[ids[:, 5]],
            ],
            axis=1,
        )
        return inputs @ self._w_static  # type: ignore[no-any-return]

    def _projected(self, words: Sequence[str]) -> tuple[Floats, Ints]:
        """`_static_projection` of the distinct `words` as a (direction, row, 4H) array, and each word's row in it.

        Each word's rows are remembered (in one array of `projection_cache` rows per direction, so that a batch reads
        its words with one gather per direction): the same words recur in every article, and the character CNN and
        the input projection are most of the cost of a new one. When the array is full, `_make_room` keeps the
        words that recur: emptying it all made the batches after that pay again for the commonest words."""
        known, capacity = self._projections, self._capacity
        self._batches += 1
        new = [w for w in words if w not in known]
        if len(known) + len(new) > capacity:
            self._make_room(words, len(new))
            new = [w for w in words if w not in known]
        if len(known) + len(new) > capacity:  # more distinct words than the cache holds: not remembered
            projected = self._static_projection(list(words))
            return _by_direction(projected), np.arange(len(words), dtype=np.int64)
        if self._projection_rows is None:  # allocated untouched: memory is only taken as rows are written
            self._projection_rows = np.empty((2, capacity, self._w_static.shape[1] // 2), dtype=np.float32)
        rows = self._projection_rows
        if new:
            free = self._free_rows
            taken = [free.pop() for _ in new]
            at = np.array(taken, dtype=np.int64)
            rows[:, at] = _by_direction(self._static_projection(new))
            self._row_reads[at] = 0
            self._row_arrival[at] = np.arange(self._arrivals, self._arrivals + len(new))
            self._arrivals += len(new)
            known.update(zip(new, taken, strict=True))
            for word, row in zip(new, taken, strict=True):
                self._row_words[row] = word
        word_rows = np.fromiter((known[w] for w in words), dtype=np.int64, count=len(words))
        self._row_used[word_rows] = self._batches
        self._row_reads[word_rows] += 1
        return rows, word_rows

    def _make_room(self, words: Sequence[str], needed: int) -> None:
        """Keep at most half the cache, leaving `needed` rows free: the rows of this batch's words, then those read
        by more than one batch, then the others, each group the most recently read first (then the earliest come);
        forget the rest.

        A word read once is mostly a rare one (a name, a typo) and would push out the common words if recency alone
        decided, as every batch brings thousands of them. Keeping half makes this run once every many batches. The
        kept rows stay where they are, never recomputed (a word's projection stays the same bits) nor copied: the
        forgotten rows join the free list."""
        known, capacity = self._projections, self._capacity
        if self._projection_rows is None:
            return
        used, reads, arrival, batches = self._row_used, self._row_reads, self._row_arrival, self._batches
        held = np.fromiter(known.values(), dtype=np.int64, count=len(known))
        held = held[np.argsort(arrival[held], kind="stable")]  # the rows in the order their words came in
        rank = used[held] + np.where(reads[held] > 1, batches, 0)  # recurring words above any word read once
        place = np.empty(capacity, dtype=np.int64)
        place[held] = np.arange(len(held))
        rank[place[[known[w] for w in words if w in known]]] = 2 * batches + 1
        order = np.argsort(-rank, kind="stable")
        limit = max(0, min(capacity // 2, capacity - needed))
        kept, dropped = held[order[:limit]], held[order[limit:]]
        arrival[kept] = np.arange(len(kept))
        self._arrivals = len(kept)
        row_words = self._row_words
        for row in dropped.tolist():
            del known[row_words[row]]
            row_words[row] = ""
        self._free_rows.extend(dropped.tolist())

    # -- per batch of sentences ----------------------------------------------------------------------------------

    def emissions(
        self, sentences: Sequence[Sequence[str]], forms: Sequence[Sequence[WordForm]] | None = None
    ) -> tuple[Floats, Ints]:
        """Tag scores (B, T, K) of non-empty sentences padded to the longest, and their lengths.

        The sentences must come longest first: at step t only the first k_t sentences (those longer than t) are
        computed. Each direction's inputs and states are packed step by step (the k_t rows of step t follow
        those of step t - 1), so a step reads and writes contiguous rows and padding is never computed or stored.
        `forms`: the sentences' `word_forms`, when the caller has them.
        """
        lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
        if lengths.min(initial=1) < 1 or np.any(np.diff(lengths) > 0):
            raise ValueError("emissions() needs non-empty sentences, longest first")
        index: dict[str, int] = {}
        tokens = int(lengths.sum())
        token_ids = np.fromiter((index.setdefault(w, len(index)) for s in sentences for w in s), np.int64, tokens)
        gaz_ids = self.encoder.gazetteer_ids(sentences, forms)
        projections, word_rows = self._projected(list(index))
        token_rows = word_rows[token_ids]
        hidden = self._hidden
        batch, steps = len(sentences), int(lengths.max())
        active = np.searchsorted(-lengths, -np.arange(steps), side="left")  # k_t: sentences longer than t
        offsets = np.cumsum(active) - active  # first packed row of step t
        rows = np.repeat(np.arange(batch), lengths)
        columns = np.arange(tokens) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        forward = offsets[columns] + rows  # packed row of each token, in the forward and the backward direction
        backward = offsets[np.repeat(lengths, lengths) - 1 - columns] + rows
        # each step gathers its own rows' inputs into one small buffer: gathering every token's inputs up front
        # wrote (and page-faulted) a fresh array of tokens x 2 x 4H floats per batch, several MB, read back once
        capacity = projections.shape[1]
        flat_projections = projections.reshape(2 * capacity, -1)
        flat_gazetteer = self._gaz_projection.reshape(2 * len(self.encoder.gazetteer), -1)
        word_at = np.empty((2, tokens), dtype=np.int64)  # flat row of each packed position, per direction
        gaz_at = np.empty((2, tokens), dtype=np.int64)
        for direction, packed in enumerate((forward, backward)):
            word_at[direction, packed] = token_rows + direction * capacity
            gaz_at[direction, packed] = gaz_ids + direction * len(self.encoder.gazetteer)
        states = np.empty((2, tokens, hidden), dtype=np.float32)
        c = np.zeros((2, batch, hidden), dtype=np.float32)
        inputs = np.empty(2 * batch * 4 * hidden, dtype=np.float32)  # a step's k rows per direction, contiguous
        gaz_inputs = np.empty_like(inputs)
        w_hh = self._w_hh
        # The sentences still running at step t are the first k, all of which ran at step t - 1: the previous
        # hidden state is the first k rows of step t - 1. Every operation writes into an existing buffer.
        h = np.zeros((2, batch, hidden), dtype=np.float32)
        i_, f_, o_, g_ = (slice(n * hidden, (n + 1) * hidden) for n in range(4))
        gate_scale, gate_offset = self._gate_scale, self._gate_offset
        for first, k in zip(offsets.tolist(), active.tolist(), strict=True):
            step_inputs = inputs[: 2 * k * 4 * hidden].reshape(2, k, 4 * hidden)
            step_gaz = gaz_inputs[: 2 * k * 4 * hidden].reshape(2, k, 4 * hidden)
            # mode="clip": the rows are all valid, and the default mode copies through a temporary buffer
            np.take(flat_projections, word_at[:, first : first + k], axis=0, out=step_inputs, mode="clip")
            np.take(flat_gazetteer, gaz_at[:, first : first + k], axis=0, out=step_gaz, mode="clip")
            np.add(step_inputs, step_gaz, out=step_inputs)
            gates = h[:, :k] @ w_hh
            np.add(step_inputs, gates, out=gates)
            np.tanh(gates, out=gates)
            np.multiply(gates, gate_scale, out=gates)
            np.add(gates, gate_offset, out=gates)
            g = gates[..., g_]
            np.multiply(gates[..., i_], g, out=g)
            c_t = c[:, :k]
            c_t *= gates[..., f_]
            c_t += g
            h = states[:, first:]
            np.multiply(gates[..., o_], np.tanh(c_t), out=h[:, :k])
        outputs = np.concatenate([states[0, forward], states[1, backward]], axis=1)  # (N, 2H), in token order
        scores = outputs @ self._out_w + self._out_b
        padded = np.zeros((batch, steps, len(self.tags)), dtype=np.float32)
        padded[rows, columns] = scores
        return padded, lengths

    def viterbi(self, scores: Floats, lengths: Ints) -> Ints:
        """Best tag ids (B, T) under the CRF; positions past a sentence's length are 0.

        The rows are taken longest first, so that at step t only the first k_t (those longer than t) are computed,
        in a forward pass and a backward walk along the stored pointers."""
        batch, steps, _ = scores.shape
        order = np.argsort(-lengths, kind="stable")
        lengths = lengths[order]
        scores = scores[order]
        active = np.searchsorted(-lengths, -np.arange(steps), side="left").tolist()
        into = self._transitions_into  # [to, from]: the maximum runs over the last, contiguous axis
        best = self.start + scores[:, 0]
        finals = np.empty_like(best)  # each row's scores at its last step
        pointers: list[Ints] = [np.empty((0, 0), dtype=np.int64)]
        for t in range(1, steps):
            k = active[t]
            ended = active[t - 1]
            finals[k:ended] = best[k:ended]
            candidates = best[:k, None, :] + into[None]
            pointers.append(candidates.argmax(axis=2))
            best = candidates.max(axis=2) + scores[:k, t]
        finals[: active[steps - 1]] = best
        current = (finals + self.end).argmax(axis=1)
        out = np.zeros((batch, steps), dtype=np.int64)
        for t in range(steps - 1, -1, -1):
            k = active[t]
            out[:k, t] = current[:k]
            if t:
                current[:k] = pointers[t][np.arange(k), current[:k]]
        decoded = np.empty_like(out)
        decoded[order] = out
        return decoded

    def tag_sentences(
        self, sentences: Sequence[Sequence[str]], forms: Sequence[Sequence[WordForm]] | None = None
    ) -> list[list[str]]:
        """ANERcorp BIO tags of each sentence (`forms`: their `word_forms`, when the caller has them).

        Sentences are computed together in padded batches of similar length (at most BATCH_SLOTS token slots
        each), so a long document costs a few large matrix products rather than many small ones.
        """
        with _blas_threads().limit(limits=1, user_api="blas"):
            return self._tag_sentences(sentences, forms)

    def _tag_sentences(
        self, sentences: Sequence[Sequence[str]], forms: Sequence[Sequence[WordForm]] | None
    ) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in sentences]
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        while order:
            longest = len(sentences[order[-1]])
            size = max(1, BATCH_SLOTS // longest)
            group, order = order[-size:][::-1], order[:-size]
            scores, lengths = self.emissions(
                [sentences[i] for i in group], None if forms is None else [forms[i] for i in group]
            )
            decoded = self.viterbi(scores, lengths).tolist()
            for index, row, n in zip(group, decoded, lengths.tolist(), strict=True):
                out[index] = list(map(self.tags.__getitem__, row[:n]))
        return out


def _by_direction(projected: Floats) -> Floats:
    """(N, 2 * 4H) projections as (direction, N, 4H)."""
    return projected.reshape(len(projected), 2, -1).transpose(1, 0, 2)


@cache
def _blas_threads() -> ThreadpoolController:
    """The matrices are small: a second BLAS thread only spins (and on a busy machine costs far more than it
    saves), and rasd spreads documents over processes instead (`rasd ingest --engine dask`)."""
    return ThreadpoolController()


@cache
def default_model() -> BiLstmCrf:
    return BiLstmCrf(data_path("entities", MODEL_FILE))
