package org.newskg.rules;

import java.util.ArrayList;
import java.util.List;

/** Printing helpers for the s-expression form of compiled patterns (what tests compare). */
final class SExpr {
  private SExpr() {}

  static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** Prints nested binary and/or as one flat list: (and a b c) rather than (and (and a b) c). */
  static String flat(String op, TokenTest t, Class<? extends TokenTest> kind) {
    List<TokenTest> operands = new ArrayList<>();
    collect(t, kind, operands);
    StringBuilder b = new StringBuilder("(").append(op);
    for (TokenTest o : operands) {
      b.append(' ').append(o);
    }
    return b.append(')').toString();
  }

  private static void collect(TokenTest t, Class<? extends TokenTest> kind, List<TokenTest> out) {
    if (kind.isInstance(t) && t instanceof TokenTest.And a) {
      collect(a.left(), kind, out);
      collect(a.right(), kind, out);
    } else if (kind.isInstance(t) && t instanceof TokenTest.Or o) {
      collect(o.left(), kind, out);
      collect(o.right(), kind, out);
    } else {
      out.add(t);
    }
  }
}
