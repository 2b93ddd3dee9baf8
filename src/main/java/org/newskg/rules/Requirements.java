package org.newskg.rules;

import java.util.HashSet;
import java.util.Set;
import org.newskg.text.AnnotatedSentence;

/**
 * What every match of a pattern needs somewhere in the sentence: words, lexicon classes, mention
 * types, and a minimum number of tokens. Checking these first rejects most sentences for most rules
 * without running the matcher at all.
 */
record Requirements(String[] words, String[] classes, String[] mentionTypes, int minLength) {

  static Requirements of(Node root) {
    Need need = need(root);
    return new Requirements(
        need.words.stream().sorted().toArray(String[]::new),
        need.classes.stream().sorted().toArray(String[]::new),
        need.types.stream().sorted().toArray(String[]::new),
        root.minLength());
  }

  boolean admits(AnnotatedSentence s) {
    if (s.tokens().size() < minLength) {
      return false;
    }
    if (words.length == 0 && classes.length == 0 && mentionTypes.length == 0) {
      return true;
    }
    SentenceFeatures f = SentenceFeatures.of(s);
    for (String type : mentionTypes) {
      if (!f.mentionTypes.contains(type)) {
        return false;
      }
    }
    for (String c : classes) {
      if (!f.classes.contains(c)) {
        return false;
      }
    }
    for (String w : words) {
      if (!f.words.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static final class Need {
    final Set<String> words = new HashSet<>();
    final Set<String> classes = new HashSet<>();
    final Set<String> types = new HashSet<>();

    void addAll(Need o) {
      words.addAll(o.words);
      classes.addAll(o.classes);
      types.addAll(o.types);
    }

    void retainAll(Need o) {
      words.retainAll(o.words);
      classes.retainAll(o.classes);
      types.retainAll(o.types);
    }
  }

  private static Need need(Node n) {
    Need need = new Need();
    if (n instanceof Node.Seq s) {
      s.items().forEach(i -> need.addAll(need(i)));
    } else if (n instanceof Node.Alt a) {
      need.addAll(need(a.options().get(0)));
      a.options().forEach(o -> need.retainAll(need(o)));
    } else if (n instanceof Node.Repeat r) {
      if (r.min() > 0) {
        need.addAll(need(r.body()));
      }
    } else if (n instanceof Node.Capture c) {
      need.addAll(need(c.body()));
    } else if (n instanceof Node.Literal l) {
      need.words.addAll(l.words());
    } else if (n instanceof Node.Tok t) {
      need.addAll(need(t.test()));
    } else if (n instanceof Node.MentionAtom m) {
      need.types.add(m.type());
    }
    return need;
  }

  private static Need need(TokenTest t) {
    Need need = new Need();
    if (t instanceof TokenTest.HasClass c) {
      need.classes.add(c.name());
    } else if (t instanceof TokenTest.Equals e && e.lower()) {
      // word= is not used: the tokenizer's folding into lower may differ from a plain lower-casing.
      need.words.add(e.value());
    } else if (t instanceof TokenTest.And a) {
      need.addAll(need(a.left()));
      need.addAll(need(a.right()));
    } else if (t instanceof TokenTest.Or o) {
      need.addAll(need(o.left()));
      need.retainAll(need(o.right()));
    }
    return need;
  }
}
