// The only translation unit of ModerationKit that includes ICU headers (see include/CICU.h).
#include "CICU.h"

#include <algorithm>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>
#include <unicode/uversion.h>

#include <atomic>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

namespace {

const icu::Normalizer2 *gNFKCCasefold = nullptr;
const icu::Normalizer2 *gNFD = nullptr;
UErrorCode gInitStatus = U_ZERO_ERROR;
std::once_flag gInitOnce;

// Latin look-alikes of Latin letters that neither NFKC_Casefold nor canonical decomposition
// reduce to ASCII: small capitals ("fancy text"), barred and hooked letters, ligature letters.
struct LatinExtra { uint32_t scalar; const char *ascii; };
const LatinExtra kLatinExtras[] = {
    {0x00F8, "o"}, {0x0142, "l"}, {0x0111, "d"}, {0x0127, "h"}, {0x0167, "t"}, {0x0131, "i"},
    {0x0237, "j"}, {0x00E6, "ae"}, {0x0153, "oe"}, {0x00F0, "d"}, {0x00FE, "th"}, {0x0138, "k"},
    {0x0140, "l"}, {0x0180, "b"}, {0x0188, "c"}, {0x0192, "f"}, {0x0199, "k"}, {0x019A, "l"},
    {0x01A5, "p"}, {0x01AB, "t"}, {0x01AD, "t"}, {0x01B4, "y"}, {0x01B6, "z"}, {0x0251, "a"},
    {0x0250, "a"}, {0x0253, "b"}, {0x0254, "o"}, {0x0256, "d"}, {0x0257, "d"}, {0x025B, "e"},
    {0x0260, "g"}, {0x0261, "g"}, {0x0262, "g"}, {0x0266, "h"}, {0x0268, "i"}, {0x026A, "i"},
    {0x026B, "l"}, {0x026F, "m"}, {0x0271, "m"}, {0x0272, "n"}, {0x0274, "n"}, {0x0275, "o"},
    {0x027E, "r"}, {0x0280, "r"}, {0x0282, "s"}, {0x0288, "t"}, {0x028B, "v"}, {0x028F, "y"},
    {0x0290, "z"}, {0x0299, "b"}, {0x029C, "h"}, {0x029F, "l"}, {0x1D00, "a"}, {0x1D04, "c"},
    {0x1D05, "d"}, {0x1D07, "e"}, {0x1D0A, "j"}, {0x1D0B, "k"}, {0x1D0D, "m"}, {0x1D0F, "o"},
    {0x1D18, "p"}, {0x1D1B, "t"}, {0x1D1C, "u"}, {0x1D20, "v"}, {0x1D21, "w"}, {0x1D22, "z"},
    {0xA730, "f"}, {0xA731, "s"}, {0xA7AE, "i"}, {0x1D26, "r"}, {0x0493, "f"},
};

// Confusables toward Latin for the scripts that are used to disguise Latin words.
// Filled once from ICU's UTS #39 data (uspoof skeletons), then read-only.
constexpr uint32_t kConfusableLow = 0x0370, kConfusableHigh = 0x0590;   // Greek, Cyrillic, Armenian
constexpr uint32_t kCherokeeLow = 0x13A0, kCherokeeHigh = 0x1400;
constexpr uint32_t kCherokeeSmallLow = 0xAB70, kCherokeeSmallHigh = 0xABC0;
struct SmallAscii { char bytes[4]; };
SmallAscii gConfusable[(kConfusableHigh - kConfusableLow) + (kCherokeeHigh - kCherokeeLow) +
                       (kCherokeeSmallHigh - kCherokeeSmallLow)];

SmallAscii *confusableSlot(uint32_t c) {
    if (c >= kConfusableLow && c < kConfusableHigh) return &gConfusable[c - kConfusableLow];
    uint32_t base = kConfusableHigh - kConfusableLow;
    if (c >= kCherokeeLow && c < kCherokeeHigh) return &gConfusable[base + c - kCherokeeLow];
    base += kCherokeeHigh - kCherokeeLow;
    if (c >= kCherokeeSmallLow && c < kCherokeeSmallHigh) return &gConfusable[base + c - kCherokeeSmallLow];
    return nullptr;
}

const char *latinExtra(uint32_t c) {
    for (const auto &e : kLatinExtras) if (e.scalar == c) return e.ascii;
    return nullptr;
}

// Reduces one scalar to lower-case ASCII letters if it is a Latin letter with a diacritic or
// a Latin look-alike listed above. Returns false when it is not reducible.
bool latinToAscii(uint32_t c, std::string &out) {
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') c += 32;
        if (c >= 'a' && c <= 'z') { out.push_back((char)c); return true; }
        return false;
    }
    if (const char *e = latinExtra(c)) { out += e; return true; }
    UErrorCode ec = U_ZERO_ERROR;
    if (uscript_getScript(c, &ec) != USCRIPT_LATIN) return false;
    icu::UnicodeString d;
    if (!gNFD->getDecomposition(c, d)) return false;
    bool any = false;
    for (int32_t i = 0; i < d.length();) {
        UChar32 x = d.char32At(i);
        i += U16_LENGTH(x);
        int8_t t = u_charType(x);
        if (t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK) continue;
        x = u_foldCase(x, U_FOLD_CASE_DEFAULT);
        if (x >= 'a' && x <= 'z') { out.push_back((char)x); any = true; }
        else if (const char *e2 = latinExtra((uint32_t)x)) { out += e2; any = true; }
        else return false;
    }
    return any;
}

void buildConfusables() {
    UErrorCode ec = U_ZERO_ERROR;
    USpoofChecker *sc = uspoof_open(&ec);
    if (U_FAILURE(ec)) { gInitStatus = ec; return; }
    uspoof_setChecks(sc, USPOOF_CONFUSABLE, &ec);
    auto fill = [&](uint32_t lo, uint32_t hi) {
        for (uint32_t c = lo; c < hi; ++c) {
            int8_t t = u_charType(c);
            if (t != U_LOWERCASE_LETTER && t != U_UPPERCASE_LETTER && t != U_OTHER_LETTER &&
                t != U_TITLECASE_LETTER) continue;
            UErrorCode e = U_ZERO_ERROR;
            char in[8]; int32_t n = 0; UBool bad = false;
            U8_APPEND((uint8_t *)in, n, 8, c, bad);
            char sk[64];
            int32_t m = uspoof_getSkeletonUTF8(sc, 0, in, n, sk, sizeof sk, &e);
            if (U_FAILURE(e) || m <= 0 || m >= 64) continue;
            std::string ascii;
            bool ok = true;
            for (int32_t i = 0; i < m && ok;) {
                UChar32 x; U8_NEXT((const uint8_t *)sk, i, m, x);
                if (x < 0) { ok = false; break; }
                ok = latinToAscii((uint32_t)u_foldCase(x, U_FOLD_CASE_DEFAULT), ascii);
            }
            if (!ok || ascii.empty()) {
                // No Latin skeleton, but a look-alike that "small caps" generators use for a
                // Latin letter (ғ for f).
                const char *e2 = latinExtra(c);
                if (!e2) continue;
                ascii = e2;
            }
            if (ascii.size() > 3) continue;
            SmallAscii *slot = confusableSlot(c);
            std::memset(slot->bytes, 0, 4);
            std::memcpy(slot->bytes, ascii.data(), ascii.size());
        }
    };
    fill(kConfusableLow, kConfusableHigh);
    fill(kCherokeeLow, kCherokeeHigh);
    fill(kCherokeeSmallLow, kCherokeeSmallHigh);
    uspoof_close(sc);
}

void initOnce() {
    UErrorCode ec = U_ZERO_ERROR;
    gNFKCCasefold = icu::Normalizer2::getNFKCCasefoldInstance(ec);
    if (U_FAILURE(ec)) { gInitStatus = ec; return; }
    gNFD = icu::Normalizer2::getNFDInstance(ec);
    if (U_FAILURE(ec)) { gInitStatus = ec; return; }
    std::memset(gConfusable, 0, sizeof gConfusable);
    buildConfusables();
}

bool isLatinish(UScriptCode s) {
    return s == USCRIPT_LATIN || s == USCRIPT_COMMON || s == USCRIPT_INHERITED;
}

struct Scratch {
    std::string stage;            // NFKC_Casefold output
    std::vector<int32_t> start;   // per stage byte: source start
    std::vector<int32_t> end;     // per stage byte: source end
    std::string piece;
};
thread_local Scratch tScratch;

}  // namespace

extern "C" int32_t mk_icu_init(char *message, int32_t capacity) {
    std::call_once(gInitOnce, initOnce);
    if (U_FAILURE(gInitStatus) && message && capacity > 0) {
        std::strncpy(message, u_errorName(gInitStatus), (size_t)capacity - 1);
        message[capacity - 1] = 0;
    }
    return U_FAILURE(gInitStatus) ? (int32_t)gInitStatus : 0;
}

extern "C" uint8_t mk_icu_char_class(uint32_t c) {
    if (c == 0x0A || c == 0x0D || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0x0B || c == 0x0C)
        return MK_CLASS_NEWLINE;
    if (c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x20E3 ||
        (c >= 0xE0020 && c <= 0xE007F))
        return MK_CLASS_EMOJI_PART;
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032 || c == 0xFF07 || c == 0x0027)
        return MK_CLASS_APOSTROPHE;
    if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return MK_CLASS_IGNORABLE;
    if (u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) || (c >= 0x1F1E6 && c <= 0x1F1FF)) {
        // ASCII-like symbols (©, ®, ™, ‼) count as punctuation, not as emoji words.
        if (c < 0x2000) return MK_CLASS_PUNCT;
        return MK_CLASS_EMOJI;
    }
    if (u_isUWhiteSpace(c)) return MK_CLASS_SPACE;
    // Circled and other letter-like symbols (Ⓐ, ⓚ) are letters in disguise.
    if (u_hasBinaryProperty(c, UCHAR_ALPHABETIC)) return MK_CLASS_WORD;
    int8_t t = u_charType(c);
    switch (t) {
    case U_NON_SPACING_MARK: case U_ENCLOSING_MARK: case U_COMBINING_SPACING_MARK:
        return MK_CLASS_MARK;
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION: case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION: case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL: case U_CONTROL_CHAR: case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR: case U_SURROGATE:
        return MK_CLASS_PUNCT;
    default:
        return MK_CLASS_WORD;
    }
}

extern "C" int32_t mk_icu_fold(const uint8_t *src, int32_t srcLength, uint8_t *dst, int32_t dstCapacity,
                               int32_t *mapStart, int32_t *mapEnd, uint32_t options, uint32_t *fired) {
    if (mk_icu_init(nullptr, 0) != 0) return INT32_MIN;
    Scratch &s = tScratch;
    uint32_t didFire = 0;
    s.stage.clear(); s.start.clear(); s.end.clear();

    // 1. NFKC_Casefold with an edit record, straight on UTF-8.
    if (options & MK_FOLD_NFKC_CASEFOLD) {
        UErrorCode ec = U_ZERO_ERROR;
        icu::Edits edits;
        icu::StringByteSink<std::string> sink(&s.stage);
        gNFKCCasefold->normalizeUTF8(0, icu::StringPiece((const char *)src, srcLength), sink, &edits, ec);
        if (U_FAILURE(ec)) return INT32_MIN;
        s.start.resize(s.stage.size()); s.end.resize(s.stage.size());
        icu::Edits::Iterator it = edits.getFineIterator();
        while (it.next(ec)) {
            int32_t si = it.sourceIndex(), di = it.destinationIndex();
            if (!it.hasChange()) {
                for (int32_t k = 0; k < it.oldLength();) {
                    int32_t len = U8_COUNT_TRAIL_BYTES(src[si + k]) + 1;
                    if (k + len > it.oldLength()) len = it.oldLength() - k;
                    for (int32_t b = 0; b < len; ++b) { s.start[di + k + b] = si + k; s.end[di + k + b] = si + k + len; }
                    k += len;
                }
            } else {
                if (it.newLength() == 0) {
                    // Removed text: default-ignorables (or a case fold that vanished).
                    didFire |= MK_FOLD_IGNORABLES;
                } else {
                    didFire |= MK_FOLD_NFKC_CASEFOLD;
                }
                for (int32_t b = 0; b < it.newLength(); ++b) { s.start[di + b] = si; s.end[di + b] = si + it.oldLength(); }
            }
        }
        if (U_FAILURE(ec)) return INT32_MIN;
    } else {
        s.stage.assign((const char *)src, (size_t)srcLength);
        s.start.resize(srcLength); s.end.resize(srcLength);
        for (int32_t i = 0; i < srcLength;) {
            int32_t len = U8_COUNT_TRAIL_BYTES(src[i]) + 1;
            if (i + len > srcLength) len = srcLength - i;
            for (int32_t b = 0; b < len; ++b) { s.start[i + b] = i; s.end[i + b] = i + len; }
            i += len;
        }
    }

    // 2. Marks and diacritics on Latin letters; 3. confusables in mixed-script words.
    const uint8_t *in = (const uint8_t *)s.stage.data();
    int32_t inLength = (int32_t)s.stage.size();
    bool mixed = false;
    if (options & MK_FOLD_CONFUSABLES) {
        bool latin = false, other = false, plainOther = false;
        for (int32_t i = 0; i < inLength;) {
            UChar32 c; U8_NEXT(in, i, inLength, c);
            if (c < 0) continue;
            if ((c >= 'a' && c <= 'z')) { latin = true; continue; }
            if (c < 0x80) continue;
            SmallAscii *slot = confusableSlot((uint32_t)c);
            if (slot && slot->bytes[0]) { other = true; continue; }
            UErrorCode ec = U_ZERO_ERROR;
            if (uscript_getScript(c, &ec) == USCRIPT_LATIN && u_isalpha(c)) latin = true;
            else if (u_isalpha(c)) plainOther = true;
        }
        // A word of look-alikes only ("ріесе") counts as mixed after a Latin word.
        mixed = (latin && other) || ((options & MK_FOLD_LATIN_CONTEXT) && other && !plainOther);
    }
    int32_t out = 0;
    bool needed = false;
    UScriptCode lastBase = USCRIPT_COMMON;
    auto emit = [&](const char *bytes, int32_t n, int32_t a, int32_t b) {
        if (out + n > dstCapacity) { needed = true; out += n; return; }
        for (int32_t k = 0; k < n; ++k) { dst[out] = (uint8_t)bytes[k]; mapStart[out] = a; mapEnd[out] = b; ++out; }
    };
    for (int32_t i = 0; i < inLength;) {
        int32_t at = i;
        UChar32 c; U8_NEXT(in, i, inLength, c);
        int32_t a = s.start[at], b = s.end[i - 1];
        if (c < 0) { emit("\xEF\xBF\xBD", 3, a, b); continue; }
        if (c < 0x80) { lastBase = USCRIPT_LATIN; char ch = (char)c; emit(&ch, 1, a, b); continue; }
        if (options & MK_FOLD_STRIP_MARKS) {
            int8_t t = u_charType(c);
            if ((t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK) && isLatinish(lastBase)) {
                didFire |= MK_FOLD_STRIP_MARKS;
                continue;
            }
            if (t != U_NON_SPACING_MARK && t != U_ENCLOSING_MARK && t != U_COMBINING_SPACING_MARK) {
                UErrorCode ec = U_ZERO_ERROR;
                lastBase = uscript_getScript(c, &ec);
            }
            if (lastBase == USCRIPT_LATIN) {
                s.piece.clear();
                if (latinToAscii((uint32_t)c, s.piece)) {
                    didFire |= MK_FOLD_STRIP_MARKS;
                    emit(s.piece.data(), (int32_t)s.piece.size(), a, b);
                    continue;
                }
            }
        }
        if (mixed) {
            SmallAscii *slot = confusableSlot((uint32_t)c);
            if (slot && slot->bytes[0]) {
                didFire |= MK_FOLD_CONFUSABLES;
                emit(slot->bytes, (int32_t)std::strlen(slot->bytes), a, b);
                lastBase = USCRIPT_LATIN;
                continue;
            }
        }
        emit((const char *)in + at, i - at, a, b);
    }
    if (fired) *fired = didFire;
    if (needed) return -out;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Per-scalar fold table: the fast path of mk_icu_fold for tokens whose scalars normalise one by
// one. Each entry is what mk_icu_fold makes of the scalar alone, computed from ICU the first time
// a block of 256 scalars is seen (so start-up pays nothing for scripts a process never reads).
// A token qualifies when every scalar has a normalisation boundary before it under
// NFKC_Casefold (hasBoundaryBefore: its fold does not depend on what precedes it), except
// non-spacing or enclosing marks after a Latin or common base, which the marks step drops.
// Then the fold of the token is the concatenation of the folds of its scalars.
namespace {

enum : uint16_t {
    kFoldSimple = MK_FOLD_ENTRY_SIMPLE,          // a base scalar the fast path folds alone
    kFoldMark = MK_FOLD_ENTRY_MARK,              // a mark the marks step drops after a Latin or common base
    kFoldLatinish = MK_FOLD_ENTRY_LATINISH,      // after this scalar the base is Latin, common or inherited
    kFoldHasLatin = MK_FOLD_ENTRY_HAS_LATIN,     // counts as Latin when deciding whether a word mixes scripts
    kFoldHasOther = MK_FOLD_ENTRY_HAS_OTHER,     // has a Latin confusable (Cyrillic, Greek, ... look-alike)
    kFoldKeepBase = MK_FOLD_ENTRY_KEEP_BASE,     // folds to nothing (default-ignorable): the base stays as it was
    kFoldPlainOther = MK_FOLD_ENTRY_PLAIN_OTHER, // a letter of another script with no Latin look-alike
    kFoldLettersOut = MK_FOLD_ENTRY_LETTERS_OUT, // its fold is only a-z and non-ASCII bytes
    kFoldMarkAlone = MK_FOLD_ENTRY_MARK_ALONE    // a mark kept as itself after another script's base
};

using FoldEntry = mk_fold_entry;

struct FoldBlock {
    FoldEntry entries[256];
    std::vector<uint8_t> pool;
};

constexpr uint32_t kFoldBlocks = 0x110000 >> 8;
std::atomic<FoldBlock *> gFoldBlocks[kFoldBlocks];
std::mutex gFoldMutex;

UScriptCode scriptOf(UChar32 c) {
    UErrorCode ec = U_ZERO_ERROR;
    return uscript_getScript(c, &ec);
}

bool isMarkType(int8_t t) { return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK; }

FoldBlock *buildFoldBlock(uint32_t block) {
    auto *b = new FoldBlock();
    std::memset(b->entries, 0, sizeof b->entries);
    uint8_t out[256];
    int32_t ms[256], me[256];
    for (uint32_t k = 0; k < 256; ++k) {
        UChar32 c = (UChar32)(block << 8 | k);
        FoldEntry &e = b->entries[k];
        e.charClass = U_IS_SURROGATE(c) ? MK_CLASS_WORD : mk_icu_char_class((uint32_t)c);
        if (U_IS_SURROGATE(c) || c < 0x80) continue;   // ASCII never reaches this path
        uint8_t src[4]; int32_t n = 0; UBool bad = false;
        U8_APPEND(src, n, 4, c, bad);
        if (bad) continue;
        uint32_t fired = 0;
        int32_t len = mk_icu_fold(src, n, out, (int32_t)sizeof out, ms, me,
                                  MK_FOLD_NFKC_CASEFOLD | MK_FOLD_STRIP_MARKS, &fired);
        if (len < 0 || len > 255) continue;
        // The NFKC_Casefold stage alone, for script mixing and confusables.
        UErrorCode ec = U_ZERO_ERROR;
        icu::UnicodeString stage;
        gNFKCCasefold->normalize(icu::UnicodeString(c), stage, ec);
        if (U_FAILURE(ec)) continue;
        int8_t t = u_charType(c);
        bool allMarks = true;
        uint16_t flags = 0;
        UScriptCode base = USCRIPT_INVALID_CODE;
        int32_t scalars = 0;
        SmallAscii *slot = nullptr;
        for (int32_t i = 0; i < stage.length();) {
            UChar32 x = stage.char32At(i);
            i += U16_LENGTH(x);
            ++scalars;
            int8_t xt = u_charType(x);
            if (!isMarkType(xt)) allMarks = false;
            if (x < 0x80) { base = USCRIPT_LATIN; if (x >= 'a' && x <= 'z') flags |= kFoldHasLatin; continue; }
            SmallAscii *s2 = confusableSlot((uint32_t)x);
            if (s2 && s2->bytes[0]) { flags |= kFoldHasOther; slot = s2; }
            else if (scriptOf(x) == USCRIPT_LATIN && u_isalpha(x)) flags |= kFoldHasLatin;
            else if (u_isalpha(x)) flags |= kFoldPlainOther;
            if (!isMarkType(xt) && xt != U_COMBINING_SPACING_MARK) base = scriptOf(x);
        }
        if (isMarkType(t) || t == U_COMBINING_SPACING_MARK) {
            if (isMarkType(t) && allMarks) e.flags = kFoldMark;   // dropped after a Latin or common base
            // After a base of another script a mark stays; the fast path keeps it when it is its
            // own fold and never composes with what precedes it (NFKC_Quick_Check = Yes). A
            // spacing mark must not change which base marks are read against (its script is not
            // Latin, common or inherited).
            e.ccc = (uint8_t)u_getCombiningClass(c);
            bool alone = stage == icu::UnicodeString(c) &&
                         u_getIntPropertyValue(c, UCHAR_NFKC_QUICK_CHECK) == UNORM_YES &&
                         (t != U_COMBINING_SPACING_MARK || !isLatinish(scriptOf(c)));
            if (alone) {
                e.flags |= kFoldMarkAlone;
                e.offset = (uint32_t)b->pool.size();
                e.length = (uint8_t)n;
                std::memcpy(e.head, src, (size_t)std::min<int32_t>(n, 4));
                b->pool.insert(b->pool.end(), src, src + n);
            }
            continue;
        }
        // A default-ignorable folds to nothing; whatever follows it is checked on its own (a
        // mark after it is dropped only after a Latin or common base, as ICU would compose then strip).
        bool vanishes = len == 0 && u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
        if (t == U_COMBINING_SPACING_MARK || (!vanishes && !gNFKCCasefold->hasBoundaryBefore(c))) continue;
        if ((flags & kFoldHasOther) && scalars != 1) continue;   // a look-alike inside a longer fold: ICU decides
        flags |= kFoldSimple;
        bool lettersOut = true;
        for (int32_t i = 0; i < len; ++i) if (out[i] < 0x80 && (out[i] < 'a' || out[i] > 'z')) lettersOut = false;
        if (lettersOut) flags |= kFoldLettersOut;
        bool nonAsciiOut = len > 0;
        for (int32_t i = 0; i < len; ++i) if (out[i] < 0x80) nonAsciiOut = false;
        if (nonAsciiOut) flags |= MK_FOLD_ENTRY_NON_ASCII_OUT;
        {
            // The fold with NFKC_Casefold alone (how separators are folded): same bytes?
            uint8_t alone[256];
            int32_t as[256], ae[256];
            uint32_t aloneFired = 0;
            int32_t aloneLength = mk_icu_fold(src, n, alone, (int32_t)sizeof alone, as, ae, MK_FOLD_NFKC_CASEFOLD, &aloneFired);
            if (aloneLength == len && std::memcmp(alone, out, (size_t)len) == 0) {
                flags |= MK_FOLD_ENTRY_NFKC_ONLY;
                if (len == n && std::memcmp(alone, src, (size_t)n) == 0) flags |= MK_FOLD_ENTRY_IDENTITY;
            }
        }
        if (len == 0) flags |= kFoldKeepBase;
        else if (base == USCRIPT_INVALID_CODE || isLatinish(base)) flags |= kFoldLatinish;
        e.offset = (uint32_t)b->pool.size();
        e.length = (uint8_t)len;
        e.flags = flags;
        std::memcpy(e.head, out, (size_t)std::min<int32_t>(len, 4));
        if (stage.length() > 0) {
            UChar32 last = stage.char32At(stage.length() - 1);
            e.ccc = (uint8_t)u_getIntPropertyValue(last, UCHAR_TRAIL_CANONICAL_COMBINING_CLASS);
        }
        e.fired = (uint8_t)fired;
        if (slot) {
            e.slotLength = (uint8_t)std::strlen(slot->bytes);
            std::memcpy(e.slot, slot->bytes, 4);
        }
        if (e.charClass == MK_CLASS_WORD) {
            const uint32_t shape = e.flags & (kFoldSimple | kFoldLettersOut | MK_FOLD_ENTRY_NON_ASCII_OUT |
                                              kFoldMark | kFoldMarkAlone | kFoldHasOther);
            const uint32_t letters = kFoldSimple | kFoldLettersOut;
            if (shape == (letters | MK_FOLD_ENTRY_NON_ASCII_OUT) && len >= 1 && len <= 4)
                e.fastKind = MK_FOLD_FAST_OTHER_LETTER;
            else if (shape == letters && len == 1)
                e.fastKind = MK_FOLD_FAST_LATIN_LETTER;
            else if (shape == (letters | MK_FOLD_ENTRY_NON_ASCII_OUT | kFoldHasOther) && len >= 1 && len <= 4 &&
                     e.slotLength == 1 && e.slot[0] >= 'a' && e.slot[0] <= 'z')
                e.fastKind = MK_FOLD_FAST_LOOK_ALIKE;
            if (e.fastKind != MK_FOLD_FAST_NONE) {
                uint32_t bits = (uint32_t)e.ccc << MK_TOKEN_CCC_SHIFT;
                if (e.flags & kFoldLatinish) bits |= MK_TOKEN_LATINISH;
                if (e.flags & kFoldHasLatin) bits |= MK_TOKEN_HAS_LATIN;
                if (e.flags & kFoldHasOther) bits |= MK_TOKEN_HAS_OTHER;
                if (e.flags & kFoldPlainOther) bits |= MK_TOKEN_PLAIN_OTHER;
                if (e.fastKind != MK_FOLD_FAST_LOOK_ALIKE) bits |= (uint32_t)e.fired << MK_TOKEN_FIRED_SHIFT;
                if (e.fastKind == MK_FOLD_FAST_OTHER_LETTER) bits |= MK_TOKEN_NON_ASCII;
                e.fastBits = bits;
            }
        }
        b->pool.insert(b->pool.end(), out, out + len);
    }
    if (b->pool.empty()) b->pool.push_back(0);   // a valid pointer for the view
    return b;
}

const FoldBlock *foldBlock(uint32_t c) {
    uint32_t index = c >> 8;
    FoldBlock *b = gFoldBlocks[index].load(std::memory_order_acquire);
    if (b) return b;
    std::lock_guard<std::mutex> lock(gFoldMutex);
    b = gFoldBlocks[index].load(std::memory_order_relaxed);
    if (!b) {
        b = buildFoldBlock(index);
        gFoldBlocks[index].store(b, std::memory_order_release);
    }
    return b;
}

}  // namespace

extern "C" int32_t mk_icu_fold_fast(const uint8_t *src, int32_t srcLength, uint8_t *dst, int32_t dstCapacity,
                                    int32_t *mapStart, int32_t *mapEnd, uint32_t options, uint32_t *fired) {
    if (mk_icu_init(nullptr, 0) != 0) return -1;
    // Pass 1: does every scalar fold alone? Which scripts does the word mix?
    bool latinish = true;
    bool hasLatin = false, hasOther = false, hasPlainOther = false, keptMark = false;
    uint8_t lastCcc = 0;
    int32_t outLength = 0;
    for (int32_t i = 0; i < srcLength;) {
        UChar32 c;
        U8_NEXT(src, i, srcLength, c);
        if (c < 0) return -1;
        if (c < 0x80) {
            latinish = true;
            lastCcc = 0;
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') hasLatin = true;
            outLength += 1;
            continue;
        }
        const FoldEntry &e = foldBlock((uint32_t)c)->entries[c & 0xFF];
        if (e.flags & (kFoldMark | kFoldMarkAlone)) {
            if (latinish) { if (!(e.flags & kFoldMark)) return -1; continue; }
            // After another script's base: kept when nothing composes or reorders.
            if (!(e.flags & kFoldMarkAlone) || (e.ccc != 0 && lastCcc > e.ccc)) return -1;
            keptMark = true;
            lastCcc = e.ccc;
            outLength += e.length;
            continue;
        }
        if (!(e.flags & kFoldSimple)) return -1;
        if (!(e.flags & kFoldKeepBase)) lastCcc = e.ccc;   // an ignorable vanishes: marks around it meet
        if (e.flags & kFoldHasLatin) hasLatin = true;
        if (e.flags & kFoldHasOther) hasOther = true;
        if (e.flags & kFoldPlainOther) hasPlainOther = true;
        if (!(e.flags & kFoldKeepBase)) latinish = (e.flags & kFoldLatinish) != 0;
        outLength += e.length > e.slotLength ? e.length : e.slotLength;
    }
    if (outLength > dstCapacity) return -1;
    bool mixed = (hasLatin && hasOther) || ((options & MK_FOLD_LATIN_CONTEXT) && hasOther && !hasPlainOther);
    // In a word that mixes scripts a look-alike becomes Latin and the marks after it go: ICU decides.
    if (mixed && keptMark) return -1;
    // Pass 2: write the folds, each byte mapped to its scalar (a dropped mark joins the scalar before it).
    uint32_t didFire = 0;
    int32_t out = 0;
    latinish = true;
    for (int32_t i = 0; i < srcLength;) {
        int32_t at = i;
        UChar32 c;
        U8_NEXT(src, i, srcLength, c);
        if (c < 0x80) {
            latinish = true;
            uint8_t b = (uint8_t)c;
            if (b >= 'A' && b <= 'Z') { b |= 0x20; didFire |= MK_FOLD_NFKC_CASEFOLD; }
            dst[out] = b; mapStart[out] = at; mapEnd[out] = i; ++out;
            continue;
        }
        const FoldBlock *block = foldBlock((uint32_t)c);
        const FoldEntry &e = block->entries[c & 0xFF];
        if (e.flags & (kFoldMark | kFoldMarkAlone)) {
            if (!latinish) {
                const uint8_t *bytes = block->pool.data() + e.offset;
                for (int32_t k = 0; k < e.length; ++k) { dst[out] = bytes[k]; mapStart[out] = at; mapEnd[out] = i; ++out; }
                continue;
            }
            didFire |= MK_FOLD_STRIP_MARKS;
            for (int32_t k = out - 1; k >= 0 && mapEnd[k] == at; --k) mapEnd[k] = i;
            continue;
        }
        if (!(e.flags & kFoldKeepBase)) latinish = (e.flags & kFoldLatinish) != 0;
        if (mixed && e.slotLength) {
            didFire |= MK_FOLD_CONFUSABLES;
            for (int32_t k = 0; k < e.slotLength; ++k) { dst[out] = (uint8_t)e.slot[k]; mapStart[out] = at; mapEnd[out] = i; ++out; }
            continue;
        }
        didFire |= e.fired;
        const uint8_t *bytes = block->pool.data() + e.offset;
        for (int32_t k = 0; k < e.length; ++k) { dst[out] = bytes[k]; mapStart[out] = at; mapEnd[out] = i; ++out; }
    }
    if (fired) *fired = didFire;
    return out;
}

extern "C" const mk_fold_entry *mk_icu_fold_entries(uint32_t scalar, const uint8_t **pool) {
    if (scalar > 0x10FFFF || mk_icu_init(nullptr, 0) != 0) return nullptr;
    const FoldBlock *b = foldBlock(scalar);
    if (pool) *pool = b->pool.data();
    return b->entries;
}

extern "C" int32_t mk_icu_nfkc_casefold_baseline(const uint8_t *src, int32_t srcLength, uint8_t *dst,
                                                  int32_t dstCapacity) {
    if (mk_icu_init(nullptr, 0) != 0) return -1;
    UErrorCode ec = U_ZERO_ERROR;
    icu::UnicodeString in = icu::UnicodeString::fromUTF8(icu::StringPiece((const char *)src, srcLength));
    icu::UnicodeString out;
    gNFKCCasefold->normalize(in, out, ec);
    if (U_FAILURE(ec)) return -1;
    int32_t written = 0;
    u_strToUTF8((char *)dst, dstCapacity, &written, out.getBuffer(), out.length(), &ec);
    if (U_FAILURE(ec) || written > dstCapacity) return -1;
    return written;
}

extern "C" const char *mk_icu_version(void) { return U_ICU_VERSION; }
