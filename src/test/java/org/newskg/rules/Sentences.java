package org.newskg.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.text.AnnotatedSentence;
import org.newskg.text.Mention;
import org.newskg.text.Token;

/**
 * Builds annotated sentences for tests from a marked-up string: tokens are separated by spaces,
 * {@code word/cls1/cls2} gives a token lexicon classes, and {@code [TYPE:kind ... ]} (opening and
 * closing brackets as tokens of their own) marks a mention; mentions may nest.
 *
 * <pre>{@code [ACTOR:country Israel ] blamed/blame [ACTOR Hamas ] for the [STRIKE:airstrike attack ]}</pre>
 */
final class Sentences {
  private Sentences() {}

  static AnnotatedSentence of(String markup) {
    List<Token> tokens = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    Deque<String[]> open = new ArrayDeque<>();
    Deque<Integer> openAt = new ArrayDeque<>();
    StringBuilder text = new StringBuilder();
    for (String piece : markup.isBlank() ? new String[0] : markup.trim().split("\\s+")) {
      if (piece.startsWith("[") && piece.length() > 1) {
        String[] typeKind = piece.substring(1).split(":", 2);
        open.push(typeKind);
        openAt.push(tokens.size());
      } else if (piece.equals("]")) {
        String[] typeKind = open.pop();
        int start = openAt.pop();
        String value = String.join(" ", tokens.subList(start, tokens.size()).stream().map(Token::text).toList());
        mentions.add(new Mention(typeKind[0], typeKind.length > 1 ? typeKind[1] : null, start, tokens.size(), value));
      } else {
        String[] parts = piece.split("/");
        String word = parts.length == 0 ? piece : parts[0];
        Set<String> classes = new HashSet<>(Arrays.asList(parts).subList(Math.min(1, parts.length), parts.length));
        if (text.length() > 0) {
          text.append(' ');
        }
        int begin = text.length();
        text.append(word);
        tokens.add(new Token(tokens.size(), word, lower(word), begin, text.length(), classes));
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException("unclosed mention in " + markup);
    }
    return new AnnotatedSentence(0, 0, text.length(), text.toString(), tokens, mentions);
  }

  /** What the tokenizer does to Token.lower, written out independently of the code under test. */
  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
  }
}
