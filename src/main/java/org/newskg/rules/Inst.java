package org.newskg.rules;

/** One instruction of a compiled pattern; see {@link Vm} for what each opcode does. */
final class Inst {
  static final int TEST = 0;
  static final int ANY = 1;
  static final int MENTION = 2;
  static final int SPLIT = 3;
  static final int JMP = 4;
  static final int OPEN = 5;
  static final int CLOSE = 6;
  static final int MARK = 7;
  static final int CHECK = 8;
  static final int BOL = 9;
  static final int EOL = 10;
  static final int MATCH = 11;

  final int op;
  /** SPLIT: preferred target; JMP: target. */
  int x;
  /** SPLIT: the alternative tried on backtracking. */
  int y;
  /** OPEN/CLOSE/MARK/CHECK: the register holding a start position. */
  final int slot;
  /** CLOSE/MENTION: capture id, or -1. */
  final int capture;
  final TokenTest test;
  final String type;
  final String[] include;
  final String[] exclude;

  private Inst(int op, int slot, int capture, TokenTest test, String type, String[] include, String[] exclude) {
    this.op = op;
    this.slot = slot;
    this.capture = capture;
    this.test = test;
    this.type = type;
    this.include = include;
    this.exclude = exclude;
  }

  static Inst of(int op) {
    return new Inst(op, -1, -1, null, null, null, null);
  }

  static Inst test(TokenTest t) {
    return new Inst(TEST, -1, -1, t, null, null, null);
  }

  static Inst slot(int op, int slot, int capture) {
    return new Inst(op, slot, capture, null, null, null, null);
  }

  static Inst mention(Node.MentionAtom m, int capture) {
    return new Inst(MENTION, -1, capture, null, m.type(),
        m.include().toArray(new String[0]), m.exclude().toArray(new String[0]));
  }

  /** Whether a mention's kind passes this MENTION instruction's kind filter. */
  boolean kindOk(String kind) {
    if (include.length > 0) {
      boolean found = false;
      for (String k : include) {
        if (k.equals(kind)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    for (String k : exclude) {
      if (k.equals(kind)) {
        return false;
      }
    }
    return true;
  }
}
