package org.newskg.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token's lexicon classes as a bit set. Rules test a token's classes for every token at every
 * start position; a set of strings answered that with a hash and a string compare each time, a
 * bit set answers it with one AND ({@link #has(int)}, the bit coming from {@link #bit(String)} once,
 * when the rule is compiled). Immutable; the class names get their bit numbers in one registry
 * for the whole process, in order of first use.
 */
public final class TokenClasses extends AbstractSet<String> {
  private static final ConcurrentHashMap<String, Integer> BITS = new ConcurrentHashMap<>();
  /** Names by bit number; replaced (never changed in place) when a name is added. */
  private static volatile String[] names = new String[0];

  public static final TokenClasses NONE = new TokenClasses(new long[0], 0);

  private final long[] words;
  private final int size;

  private TokenClasses(long[] words, int size) {
    this.words = words;
    this.size = size;
  }

  /** The bit number of a class name, assigned on first use. */
  public static int bit(String name) {
    Integer b = BITS.get(name);
    return b != null ? b : assign(name);
  }

  private static synchronized int assign(String name) {
    Integer b = BITS.get(name);
    if (b != null) {
      return b;
    }
    String[] grown = Arrays.copyOf(names, names.length + 1);
    grown[names.length] = name;
    names = grown; // published before the map entry: whoever reads the bit can read its name
    BITS.put(name, grown.length - 1);
    return grown.length - 1;
  }

  public static TokenClasses of(Set<String> classes) {
    if (classes instanceof TokenClasses tc) {
      return tc;
    }
    if (classes.isEmpty()) {
      return NONE;
    }
    long[] words = new long[0];
    for (String c : classes) {
      int b = bit(c);
      if (b >>> 6 >= words.length) {
        words = Arrays.copyOf(words, (b >>> 6) + 1);
      }
      words[b >>> 6] |= 1L << b;
    }
    return new TokenClasses(words, classes.size());
  }

  /** These classes and one more. */
  public TokenClasses with(String name) {
    int b = bit(name);
    if (has(b)) {
      return this;
    }
    long[] w = Arrays.copyOf(words, Math.max(words.length, (b >>> 6) + 1));
    w[b >>> 6] |= 1L << b;
    return new TokenClasses(w, size + 1);
  }

  /** {@code into} with these classes' bits added (a larger copy when it is too short). */
  public long[] orInto(long[] into) {
    long[] out = into.length >= words.length ? into : Arrays.copyOf(into, words.length);
    for (int i = 0; i < words.length; i++) {
      out[i] |= words[i];
    }
    return out;
  }

  /** The class name with this bit number. */
  public static String name(int bit) {
    return names[bit];
  }

  public boolean has(int bit) {
    int w = bit >>> 6;
    return w < words.length && (words[w] & (1L << bit)) != 0;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      return false;
    }
    Integer b = BITS.get(s);
    return b != null && has(b);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<String> iterator() {
    String[] byBit = names;
    return new Iterator<>() {
      private int next = nextBit(0);

      private int nextBit(int from) {
        for (int b = from, n = words.length << 6; b < n; b++) {
          if (has(b)) {
            return b;
          }
        }
        return -1;
      }

      @Override
      public boolean hasNext() {
        return next >= 0;
      }

      @Override
      public String next() {
        if (next < 0) {
          throw new NoSuchElementException();
        }
        String name = byBit[next];
        next = nextBit(next + 1);
        return name;
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    if (o instanceof TokenClasses tc) {
      int n = Math.max(words.length, tc.words.length);
      for (int i = 0; i < n; i++) {
        if ((i < words.length ? words[i] : 0) != (i < tc.words.length ? tc.words[i] : 0)) {
          return false;
        }
      }
      return true;
    }
    return super.equals(o);
  }

  @Override
  public int hashCode() {
    return super.hashCode(); // the Set contract: the sum of the names' hashes
  }
}
