package org.newskg.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;

/**
 * What every match of a pattern needs somewhere in the sentence, as clauses that must all hold,
 * each "one of these words, lexicon classes or mention types occurs" — {@code [%claim | lower=took]}
 * needs a %claim token or the word "took" — plus a minimum number of tokens. Checking these first
 * rejects most sentences for most rules without running the matcher at all.
 */
final class Requirements {
  /** Beyond these sizes clauses are dropped: fewer clauses only make the check less strict. */
  private static final int MAX_CLAUSES = 24;
  private static final int MAX_CLAUSE_SIZE = 32;

  /** A word ('w'), lexicon class ('c') or mention type ('t'). */
  private record Feature(char kind, String name) implements Comparable<Feature> {
    @Override
    public int compareTo(Feature o) {
      return kind != o.kind ? Character.compare(kind, o.kind) : name.compareTo(o.name);
    }
  }

  /** One clause, for the scan: any of these occurs. */
  private record Clause(Set<String> words, Set<String> classes, Set<String> types, long[] mask) {}

  private final int minLength;
  private final Clause[] clauses;
  private final int highestBit;

  private Requirements(int minLength, List<Set<Feature>> cnf) {
    this.minLength = minLength;
    List<Clause> out = new ArrayList<>();
    int highest = -1;
    for (Set<Feature> c : cnf) {
      Set<String> words = new LinkedHashSet<>();
      Set<String> classes = new LinkedHashSet<>();
      Set<String> types = new LinkedHashSet<>();
      List<Integer> bits = new ArrayList<>();
      for (Feature f : c) {
        switch (f.kind()) {
          case 'w' -> {
            words.add(f.name());
            bits.add(SentenceFeatures.wordBit(f.name()));
          }
          case 'c' -> {
            classes.add(f.name());
            bits.add(SentenceFeatures.classBit(f.name()));
          }
          default -> {
            types.add(f.name());
            bits.add(SentenceFeatures.typeBit(f.name()));
          }
        }
      }
      int top = bits.stream().mapToInt(Integer::intValue).max().orElse(-1);
      long[] mask = new long[(top + 64) >>> 6];
      for (int b : bits) {
        mask[b >>> 6] |= 1L << b;
      }
      highest = Math.max(highest, top);
      out.add(new Clause(Set.copyOf(words), Set.copyOf(classes), Set.copyOf(types), mask));
    }
    this.clauses = out.toArray(new Clause[0]);
    this.highestBit = highest;
  }

  static Requirements of(Node root) {
    List<Set<Feature>> cnf = new ArrayList<>(need(root));
    // Mention types first (a sentence has few mentions), then the most selective clauses.
    cnf.sort(Comparator.comparing((Set<Feature> c) -> c.stream().allMatch(f -> f.kind() == 't') ? 0 : 1)
        .thenComparingInt(Set::size)
        .thenComparing(Object::toString));
    return new Requirements(root.minLength(), cnf);
  }

  boolean admits(AnnotatedSentence s) {
    List<Token> tokens = s.tokens();
    if (tokens.size() < minLength) {
      return false;
    }
    if (clauses.length == 0) {
      return true;
    }
    SentenceFeatures f = SentenceFeatures.lookup(s, highestBit);
    for (Clause c : clauses) {
      if (f != null ? !f.hasAny(c.mask()) : !scan(c, tokens, s.mentions())) {
        return false;
      }
    }
    return true;
  }

  private static boolean scan(Clause c, List<Token> tokens, List<Mention> mentions) {
    if (!c.types().isEmpty()) {
      for (int i = 0, n = mentions.size(); i < n; i++) {
        if (c.types().contains(mentions.get(i).type())) {
          return true;
        }
      }
    }
    if (!c.words().isEmpty() || !c.classes().isEmpty()) {
      for (int i = 0, n = tokens.size(); i < n; i++) {
        Token t = tokens.get(i);
        if (c.words().contains(t.lower())) {
          return true;
        }
        for (String k : c.classes()) {
          if (t.classes().contains(k)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  // --- Deriving the clauses (conjunctive normal form, kept small) ---

  private static Set<Set<Feature>> need(Node n) {
    if (n instanceof Node.Seq s) {
      Set<Set<Feature>> all = new LinkedHashSet<>();
      s.items().forEach(i -> all.addAll(need(i)));
      return cap(all);
    } else if (n instanceof Node.Alt a) {
      Set<Set<Feature>> acc = null;
      for (Node o : a.options()) {
        acc = acc == null ? need(o) : or(acc, need(o));
      }
      return acc;
    } else if (n instanceof Node.Repeat r) {
      return r.min() > 0 ? need(r.body()) : Set.of();
    } else if (n instanceof Node.Capture c) {
      return need(c.body());
    } else if (n instanceof Node.Literal l) {
      Set<Set<Feature>> all = new LinkedHashSet<>();
      l.words().forEach(w -> all.add(Set.of(new Feature('w', w))));
      return all;
    } else if (n instanceof Node.Tok t) {
      return need(t.test());
    } else if (n instanceof Node.MentionAtom m) {
      return Set.of(Set.of(new Feature('t', m.type())));
    }
    return Set.of();
  }

  private static Set<Set<Feature>> need(TokenTest t) {
    if (t instanceof TokenTest.HasClass c) {
      return Set.of(Set.of(new Feature('c', c.name())));
    } else if (t instanceof TokenTest.Equals e && e.lower()) {
      // word= is left out: the tokenizer's folding into lower may differ from lower-casing.
      return Set.of(Set.of(new Feature('w', e.value())));
    } else if (t instanceof TokenTest.Matches m && m.lower() && m.words() != null
        && m.words().size() <= MAX_CLAUSE_SIZE) {
      Set<Feature> any = new TreeSet<>();
      m.words().forEach(w -> any.add(new Feature('w', w)));
      return Set.of(any);
    } else if (t instanceof TokenTest.And a) {
      Set<Set<Feature>> all = new LinkedHashSet<>(need(a.left()));
      all.addAll(need(a.right()));
      return cap(all);
    } else if (t instanceof TokenTest.Or o) {
      return or(need(o.left()), need(o.right()));
    }
    return Set.of();
  }

  /** (a1 ∧ a2) ∨ (b1 ∧ b2) = (a1 ∨ b1) ∧ (a1 ∨ b2) ∧ (a2 ∨ b1) ∧ (a2 ∨ b2). */
  private static Set<Set<Feature>> or(Set<Set<Feature>> a, Set<Set<Feature>> b) {
    Set<Set<Feature>> out = new LinkedHashSet<>();
    for (Set<Feature> x : a) {
      for (Set<Feature> y : b) {
        Set<Feature> c = new TreeSet<>(x);
        c.addAll(y);
        if (c.size() <= MAX_CLAUSE_SIZE) {
          out.add(c);
        }
      }
    }
    return cap(out);
  }

  private static Set<Set<Feature>> cap(Set<Set<Feature>> cnf) {
    if (cnf.size() <= MAX_CLAUSES) {
      return cnf;
    }
    List<Set<Feature>> sorted = new ArrayList<>(cnf);
    sorted.sort(Comparator.comparingInt((Set<Feature> c) -> c.size()).thenComparing(Object::toString));
    return new LinkedHashSet<>(sorted.subList(0, MAX_CLAUSES));
  }
}
