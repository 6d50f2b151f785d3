// CICU: ModerationKit's own small C ABI over the system ICU (libicu-dev).
//
// This header deliberately includes no ICU header: Foundation carries its own ICU copy and a
// Swift module that sees both gets clashing definitions. Only CICU.cpp includes <unicode/...>.
#ifndef MODERATIONKIT_CICU_H
#define MODERATIONKIT_CICU_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Classes of Unicode scalars, as the tokenizer sees them.
typedef enum {
    MK_CLASS_WORD = 0,        ///< letters, numbers, unassigned and private-use scalars
    MK_CLASS_SPACE = 1,       ///< white space other than line breaks
    MK_CLASS_PUNCT = 2,       ///< punctuation and symbols: word separators
    MK_CLASS_IGNORABLE = 3,   ///< default-ignorable scalars (U+200B, U+00AD, bidi controls, ...)
    MK_CLASS_MARK = 4,        ///< combining marks (Mn, Mc, Me)
    MK_CLASS_EMOJI = 5,       ///< Extended_Pictographic and regional indicators
    MK_CLASS_EMOJI_PART = 6,  ///< ZWJ, variation selectors, skin tones, keycap, tag characters
    MK_CLASS_NEWLINE = 7,     ///< line and paragraph breaks
    MK_CLASS_APOSTROPHE = 8   ///< apostrophe look-alikes, dropped inside words
} mk_char_class;

/// Bits of `options` and `fired` for `mk_icu_fold`.
enum {
    MK_FOLD_NFKC_CASEFOLD = 1u << 0, ///< NFKC_Casefold: width, compatibility, case, ignorables
    MK_FOLD_STRIP_MARKS = 1u << 1,   ///< combining marks on Latin letters, Latin diacritics
    MK_FOLD_CONFUSABLES = 1u << 2,   ///< confusables toward Latin in words that mix scripts
    MK_FOLD_IGNORABLES = 1u << 3,    ///< reported in `fired` when default-ignorables were removed
    MK_FOLD_LATIN_CONTEXT = 1u << 4  ///< the word follows a Latin word: a word made only of Latin
                                     ///< look-alikes ("ріесе") folds toward Latin too
};

/// Opens the ICU data the folder needs (once per process; later calls are cheap).
/// Returns 0 on success, otherwise the ICU error code, with its name written to `message`.
int32_t mk_icu_init(char *message, int32_t capacity);

/// The tokenizer class of a scalar. Requires a successful `mk_icu_init`.
uint8_t mk_icu_char_class(uint32_t scalar);

/// Folds one token of valid UTF-8 (`src`, `srcLength` bytes) into `dst`.
///
/// For every output byte `i`, `mapStart[i]..<mapEnd[i]` is the byte range of `src` it came from.
/// Returns the output length; `-needed` when `dstCapacity` is too small (nothing useful written);
/// `INT32_MIN` on an ICU failure. `fired` receives the MK_FOLD_* steps that changed something.
int32_t mk_icu_fold(const uint8_t *src, int32_t srcLength, uint8_t *dst, int32_t dstCapacity,
                    int32_t *mapStart, int32_t *mapEnd, uint32_t options, uint32_t *fired);

/// The fast path of `mk_icu_fold` with every step on (`options`: 0 or MK_FOLD_LATIN_CONTEXT):
/// for tokens whose scalars fold one by one
/// (checked against ICU's normalisation boundaries), built from per-scalar tables that ICU fills
/// on first use. Same output and map contract as `mk_icu_fold`; a mark dropped after a letter
/// is mapped with that letter. Returns -1 when the token needs `mk_icu_fold`.
int32_t mk_icu_fold_fast(const uint8_t *src, int32_t srcLength, uint8_t *dst, int32_t dstCapacity,
                         int32_t *mapStart, int32_t *mapEnd, uint32_t options, uint32_t *fired);

/// Flags of an `mk_fold_entry`.
enum {
    MK_FOLD_ENTRY_SIMPLE = 1,       ///< a base scalar that folds alone (its fold is `length` pool bytes)
    MK_FOLD_ENTRY_MARK = 2,         ///< a mark the marks step drops after a Latin or common base
    MK_FOLD_ENTRY_LATINISH = 4,     ///< after this scalar the base is Latin, common or inherited
    MK_FOLD_ENTRY_HAS_LATIN = 8,    ///< counts as Latin when deciding whether a word mixes scripts
    MK_FOLD_ENTRY_HAS_OTHER = 16,   ///< has a Latin look-alike (`slot`), used in words that mix scripts
    MK_FOLD_ENTRY_KEEP_BASE = 32,   ///< folds to nothing (default-ignorable): the base stays as it was
    MK_FOLD_ENTRY_PLAIN_OTHER = 64, ///< a letter of another script with no Latin look-alike
    MK_FOLD_ENTRY_LETTERS_OUT = 128,///< the fold is only a-z and non-ASCII bytes
    MK_FOLD_ENTRY_MARK_ALONE = 256, ///< a mark (Mn, Me, Mc) that never composes with what precedes it
                                    ///< and folds to itself: after a base of another script it is
                                    ///< kept as its `length` pool bytes, when `ccc` does not reorder it
    MK_FOLD_ENTRY_NON_ASCII_OUT = 512, ///< every byte of the fold is non-ASCII
    MK_FOLD_ENTRY_NFKC_ONLY = 1024, ///< a simple scalar whose pool bytes are also its NFKC_Casefold
                                    ///< alone (no marks to strip): how punctuation is folded
    MK_FOLD_ENTRY_IDENTITY = 2048   ///< NFKC_Casefold alone leaves the scalar as it is
};

/// How one scalar folds alone (the table behind `mk_icu_fold_fast`).
typedef struct {
    uint32_t offset;      ///< of the fold in the block's pool
    uint16_t flags;       ///< MK_FOLD_ENTRY_*
    uint8_t length;       ///< of the fold in bytes
    uint8_t fired;        ///< MK_FOLD_* steps the fold of the scalar alone applies
    uint8_t slotLength;   ///< length of the Latin look-alike in `slot` (0: none)
    uint8_t ccc;          ///< a mark's canonical combining class; for other scalars the trailing
                          ///< combining class of their fold (a mark after it with a lower
                          ///< non-zero class would be reordered by NFKC)
    char slot[4];
    uint8_t head[4];      ///< the first four bytes of the fold (all of it when `length` <= 4),
                          ///< zero-padded: read without a trip to the pool
    uint8_t charClass;    ///< `mk_char_class` of the scalar
    uint8_t fastKind;     ///< `MK_FOLD_FAST_*`: the shapes the Swift scanner folds inline
    uint32_t fastBits;    ///< for `MK_FOLD_FAST_*` entries, the scanner's token flags (`MK_TOKEN_*`)
                          ///< the scalar sets once `MK_TOKEN_LATINISH`, the combining class and the
                          ///< ASCII flag are cleared: its scripts, base and trailing combining class;
                          ///< for OTHER_LETTER and LATIN_LETTER its steps too, and for OTHER_LETTER
                          ///< `MK_TOKEN_NON_ASCII`
} mk_fold_entry;

/// The Swift scanner's token flags (`TokenBits` in FoldScanner.swift) that `fastBits` holds.
enum {
    MK_TOKEN_LATINISH = 1u << 0,    ///< the last base letter was Latin, common or inherited
    MK_TOKEN_HAS_LATIN = 1u << 1,   ///< a Latin letter
    MK_TOKEN_HAS_OTHER = 1u << 2,   ///< a letter with a Latin look-alike
    MK_TOKEN_PLAIN_OTHER = 1u << 3, ///< a letter of another script without one
    MK_TOKEN_NON_ASCII = 1u << 4,   ///< non-ASCII folded bytes
    MK_TOKEN_FIRED_SHIFT = 12,      ///< 4 bits: MK_FOLD_* steps
    MK_TOKEN_CCC_SHIFT = 16         ///< 8 bits: combining class of the last scalar's end
};

/// `mk_fold_entry.fastKind`: word scalars whose fold the scanner writes from three fields,
/// decided once here instead of from the flags per scalar. All are simple, not marks, and
/// fold to letters only.
enum {
    MK_FOLD_FAST_NONE = 0,
    MK_FOLD_FAST_OTHER_LETTER = 1, ///< a letter of another script without a Latin look-alike:
                                   ///< its fold is 1-4 non-ASCII bytes (`head`)
    MK_FOLD_FAST_LATIN_LETTER = 2, ///< folds to one letter a-z (`head[0]`): fullwidth, styled, accented
    MK_FOLD_FAST_LOOK_ALIKE = 3    ///< a letter of another script whose Latin look-alike is one
                                   ///< letter a-z (`slot[0]`); its own fold is 1-4 non-ASCII bytes
};

/// The 256 entries of the block of `scalar` (scalar & ~0xFF ... scalar | 0xFF), built from ICU on
/// first use and never freed or changed after; `*pool` receives the block's fold bytes.
/// NULL when ICU cannot be opened or `scalar` is beyond U+10FFFF.
const mk_fold_entry *mk_icu_fold_entries(uint32_t scalar, const uint8_t **pool);

/// ICU's NFKC_Casefold alone (UTF-8 → UTF-16 → NFKC_Casefold → UTF-8), the benchmark baseline.
/// Returns the output length, or -1 on failure or overflow.
int32_t mk_icu_nfkc_casefold_baseline(const uint8_t *src, int32_t srcLength, uint8_t *dst,
                                      int32_t dstCapacity);

/// The ICU version string, e.g. "72.1".
const char *mk_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
