package org.newskg.rules;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;
import org.newskg.text.TokenClasses;

/**
 * Which of the words, lexicon classes and mention types that patterns require (see
 * {@link Requirements}) occur in one sentence, as a bit set: then checking a rule is a few ANDs.
 * Every required feature gets a bit number when its pattern is compiled, in a registry shared by
 * all patterns.
 *
 * <p>When all rules run over one sentence before the next, building the bit set once beats
 * scanning the tokens for every rule; when one rule runs over many sentences, building it would be
 * wasted. So a thread builds it only for a sentence asked about twice in a row (or at once after a
 * sentence that many rules asked about), and {@link #lookup} returns null (scan instead) otherwise.
 */
final class SentenceFeatures {
  private static final ConcurrentHashMap<String, Integer> WORDS = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, Integer> CLASSES = new ConcurrentHashMap<>();
  private static final ConcurrentHashMap<String, Integer> TYPES = new ConcurrentHashMap<>();
  private static final Object LOCK = new Object();
  /** Bits below this are in the maps: written after the map entry, so a reader sees both. */
  private static volatile int published;
  private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

  private final AnnotatedSentence sentence;
  /** Bit numbers below this were known when the set was built. */
  private final int known;
  private final long[] bits;

  private SentenceFeatures(AnnotatedSentence sentence) {
    this.sentence = sentence;
    this.known = published;
    this.bits = new long[(known + 63) >>> 6];
    List<Token> tokens = sentence.tokens();
    long[] classes = new long[0];
    for (int i = 0, n = tokens.size(); i < n; i++) {
      Token t = tokens.get(i);
      set(WORDS.get(t.lower()));
      classes = TokenClasses.of(t.classes()).orInto(classes);
    }
    // Each class the sentence has, once, rather than each class of each token.
    for (int w = 0; w < classes.length; w++) {
      for (long rest = classes[w]; rest != 0; rest &= rest - 1) {
        set(CLASSES.get(TokenClasses.name((w << 6) + Long.numberOfTrailingZeros(rest))));
      }
    }
    for (Mention m : sentence.mentions()) {
      set(TYPES.get(m.type()));
    }
  }

  private void set(Integer bit) {
    if (bit != null && bit < known) {
      bits[bit >>> 6] |= 1L << bit;
    }
  }

  static int wordBit(String word) {
    return bit(WORDS, word);
  }

  static int classBit(String lexiconClass) {
    return bit(CLASSES, lexiconClass);
  }

  static int typeBit(String mentionType) {
    return bit(TYPES, mentionType);
  }

  private static int bit(ConcurrentHashMap<String, Integer> map, String key) {
    Integer bit = map.get(key);
    if (bit != null) {
      return bit;
    }
    synchronized (LOCK) {
      bit = map.get(key);
      if (bit == null) {
        bit = published;
        map.put(key, bit);
        published = bit + 1;
      }
      return bit;
    }
  }

  /** Whether any bit of {@code mask} is set here. */
  boolean hasAny(long[] mask) {
    for (int i = 0, n = Math.min(mask.length, bits.length); i < n; i++) {
      if ((bits[i] & mask[i]) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The features of {@code sentence} covering bits up to {@code highestBit} when worth having,
   * else null.
   */
  static SentenceFeatures lookup(AnnotatedSentence sentence, int highestBit) {
    Recent r = RECENT.get();
    // Identity, not equals: records compare by content, which would cost more than rebuilding.
    if (r.features != null && r.features.sentence == sentence && highestBit < r.features.known) {
      r.hits++;
      return r.features;
    }
    // Build for a sentence asked about twice in a row, or at once when the last one served many
    // rules: the caller is going sentence by sentence.
    if (r.candidate == sentence || r.hits >= 3 || r.features != null && r.features.sentence == sentence) {
      r.features = new SentenceFeatures(sentence);
      r.candidate = null;
      r.hits = 0;
      return r.features;
    }
    r.candidate = sentence;
    return null;
  }

  private static final class Recent {
    SentenceFeatures features;
    AnnotatedSentence candidate;
    /** How many lookups the current features have answered. */
    int hits;
  }
}
