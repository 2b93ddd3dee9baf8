package org.newskg.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Node} tree → instruction array for {@link Vm}, in the style of a backtracking regex VM:
 * SPLIT lists the preferred branch first, so greedy/lazy/alternation order falls out of the order
 * in which the VM tries branches. Counted repetitions are expanded into copies of their body.
 */
final class Compiler {
  private final List<Inst> prog = new ArrayList<>();
  private final List<String> captureNames;
  private int slots;

  private Compiler(List<String> captureNames) {
    this.captureNames = captureNames;
  }

  record Program(Inst[] code, int slots) {}

  static Program compile(Node root, List<String> captureNames) {
    Compiler c = new Compiler(captureNames);
    c.emit(root);
    c.prog.add(Inst.of(Inst.MATCH));
    return new Program(c.prog.toArray(new Inst[0]), c.slots);
  }

  private void emit(Node n) {
    if (n instanceof Node.Seq s) {
      for (Node item : s.items()) {
        emit(item);
      }
    } else if (n instanceof Node.Alt a) {
      emitAlt(a.options());
    } else if (n instanceof Node.Repeat r) {
      emitRepeat(r);
    } else if (n instanceof Node.Capture c) {
      int id = captureNames.indexOf(c.name());
      if (c.body() instanceof Node.MentionAtom m) {
        // A captured mention logs the mention itself, so extraction sees which gazetteer entry it was.
        prog.add(Inst.mention(m, id));
      } else {
        int slot = slots++;
        prog.add(Inst.slot(Inst.OPEN, slot, id));
        emit(c.body());
        prog.add(Inst.slot(Inst.CLOSE, slot, id));
      }
    } else if (n instanceof Node.Literal l) {
      for (String w : l.words()) {
        prog.add(Inst.test(new TokenTest.Equals(true, w)));
      }
    } else if (n instanceof Node.Tok t) {
      prog.add(t.test() instanceof TokenTest.Any ? Inst.of(Inst.ANY) : Inst.test(t.test()));
    } else if (n instanceof Node.MentionAtom m) {
      prog.add(Inst.mention(m, -1));
    } else if (n instanceof Node.Anchor a) {
      prog.add(Inst.of(a.start() ? Inst.BOL : Inst.EOL));
    } else {
      throw new IllegalStateException("unknown node " + n);
    }
  }

  private void emitAlt(List<Node> options) {
    List<Inst> jumpsToEnd = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      if (i < options.size() - 1) {
        Inst split = Inst.of(Inst.SPLIT);
        prog.add(split);
        split.x = prog.size();
        emit(options.get(i));
        Inst jmp = Inst.of(Inst.JMP);
        prog.add(jmp);
        jumpsToEnd.add(jmp);
        split.y = prog.size();
      } else {
        emit(options.get(i));
      }
    }
    for (Inst j : jumpsToEnd) {
      j.x = prog.size();
    }
  }

  private void emitRepeat(Node.Repeat r) {
    for (int i = 0; i < r.min(); i++) {
      emit(r.body());
    }
    if (r.max() == Node.Repeat.UNBOUNDED) {
      int loop = prog.size();
      Inst split = Inst.of(Inst.SPLIT);
      prog.add(split);
      int bodyAt = prog.size();
      // An iteration that consumes nothing would loop forever; CHECK fails it, like java.util.regex
      // refusing to repeat an empty match.
      boolean nullable = r.body().minLength() == 0;
      int slot = nullable ? slots++ : -1;
      if (nullable) {
        prog.add(Inst.slot(Inst.MARK, slot, -1));
      }
      emit(r.body());
      if (nullable) {
        prog.add(Inst.slot(Inst.CHECK, slot, -1));
      }
      Inst back = Inst.of(Inst.JMP);
      back.x = loop;
      prog.add(back);
      setBranches(split, bodyAt, prog.size(), r.lazy());
      return;
    }
    List<Inst> optional = new ArrayList<>();
    for (int i = r.min(); i < r.max(); i++) {
      Inst split = Inst.of(Inst.SPLIT);
      prog.add(split);
      split.x = prog.size();
      optional.add(split);
      emit(r.body());
    }
    int end = prog.size();
    for (Inst split : optional) {
      setBranches(split, split.x, end, r.lazy());
    }
  }

  private static void setBranches(Inst split, int body, int skip, boolean lazy) {
    split.x = lazy ? skip : body;
    split.y = lazy ? body : skip;
  }
}
