package org.newskg.rules;

import java.util.Arrays;
import java.util.List;
import org.newskg.text.Mention;
import org.newskg.text.Token;

/**
 * Runs a compiled pattern at one start position by depth-first backtracking, trying branches in
 * preference order, so the first MATCH reached is the match java.util.regex would report.
 *
 * <p>State lives in a per-thread {@link Scratch} reused across runs: matching allocates nothing
 * unless a stack outgrows its arrays. Each backtrack entry is five ints: kind, pc, pos, log length
 * and (for MENTION) the next candidate mention; SLOT entries undo a register write.
 */
final class Vm {
  static final int MATCHED = 1;
  static final int FAILED = 0;
  static final int OUT_OF_STEPS = -1;

  private static final int BRANCH = 0;
  private static final int SLOT = 1;
  private static final int NEXT_MENTION = 2;
  private static final int WIDTH = 5;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private Vm() {}

  /** The registers, backtrack stack and capture log of one thread. */
  static final class Scratch {
    int[] stack = new int[WIDTH * 64];
    int[] slots = new int[16];
    int[] logCapture = new int[16];
    int[] logStart = new int[16];
    int[] logEnd = new int[16];
    int[] logMention = new int[16];
    int logLen;

    void log(int capture, int start, int end, int mention) {
      if (logLen == logCapture.length) {
        int n = logLen * 2;
        logCapture = Arrays.copyOf(logCapture, n);
        logStart = Arrays.copyOf(logStart, n);
        logEnd = Arrays.copyOf(logEnd, n);
        logMention = Arrays.copyOf(logMention, n);
      }
      logCapture[logLen] = capture;
      logStart[logLen] = start;
      logEnd[logLen] = end;
      logMention[logLen] = mention;
      logLen++;
    }
  }

  static Scratch scratch() {
    return SCRATCH.get();
  }

  /**
   * Runs {@code code} from token {@code start}; {@code firstMentionAt[pos]} is the index of the
   * first mention starting at or after {@code pos}. On MATCHED, {@code s.logLen} entries of the capture
   * log describe the captures and the returned end position is in {@code endOut[0]}.
   */
  static int run(Inst[] code, int slotCount, List<Token> tokens, List<Mention> mentions,
      int[] firstMentionAt, int start, int budget, Scratch s, int[] endOut) {
    if (s.slots.length < slotCount) {
      s.slots = new int[Math.max(slotCount, s.slots.length * 2)];
    }
    final int n = tokens.size();
    int[] stack = s.stack;
    int[] slots = s.slots;
    int sp = 0;
    int pc = 0;
    int pos = start;
    int steps = 0;
    s.logLen = 0;
    int nextMention = -1;
    while (true) {
      boolean ok;
      if (++steps > budget) {
        return OUT_OF_STEPS;
      }
      if (nextMention >= 0) {
        // Resuming a MENTION instruction: try the candidates from nextMention on.
        Inst in = code[pc];
        int found = findMention(in, mentions, nextMention, pos, n);
        nextMention = -1;
        ok = found >= 0;
        if (ok) {
          stack = room(s, sp);
          stack[sp] = NEXT_MENTION;
          stack[sp + 1] = pc;
          stack[sp + 2] = pos;
          stack[sp + 3] = s.logLen;
          stack[sp + 4] = found + 1;
          sp += WIDTH;
          if (in.capture >= 0) {
            s.log(in.capture, pos, mentions.get(found).end(), found);
          }
          pos = mentions.get(found).end();
          pc++;
        }
      } else {
        Inst in = code[pc];
        switch (in.op) {
          case Inst.TEST:
            ok = pos < n && in.test.test(tokens.get(pos));
            if (ok) {
              pos++;
              pc++;
            }
            break;
          case Inst.ANY:
            ok = pos < n;
            if (ok) {
              pos++;
              pc++;
            }
            break;
          case Inst.MENTION:
            nextMention = firstMentionAt[pos];
            continue;
          case Inst.SPLIT:
            stack = room(s, sp);
            stack[sp] = BRANCH;
            stack[sp + 1] = in.y;
            stack[sp + 2] = pos;
            stack[sp + 3] = s.logLen;
            sp += WIDTH;
            pc = in.x;
            continue;
          case Inst.JMP:
            pc = in.x;
            continue;
          case Inst.OPEN:
          case Inst.MARK:
            stack = room(s, sp);
            stack[sp] = SLOT;
            stack[sp + 1] = in.slot;
            stack[sp + 2] = slots[in.slot];
            sp += WIDTH;
            slots[in.slot] = pos;
            pc++;
            continue;
          case Inst.CLOSE:
            s.log(in.capture, slots[in.slot], pos, -1);
            pc++;
            continue;
          case Inst.CHECK:
            ok = pos != slots[in.slot];
            if (ok) {
              pc++;
            }
            break;
          case Inst.BOL:
            ok = pos == 0;
            if (ok) {
              pc++;
            }
            break;
          case Inst.EOL:
            ok = pos == n;
            if (ok) {
              pc++;
            }
            break;
          case Inst.MATCH:
            endOut[0] = pos;
            return MATCHED;
          default:
            throw new IllegalStateException("bad opcode " + in.op);
        }
      }
      if (ok) {
        continue;
      }
      // Backtrack: undo register writes until the most recent untried branch.
      while (true) {
        if (sp == 0) {
          return FAILED;
        }
        sp -= WIDTH;
        int kind = stack[sp];
        if (kind == SLOT) {
          slots[stack[sp + 1]] = stack[sp + 2];
          continue;
        }
        pc = stack[sp + 1];
        pos = stack[sp + 2];
        s.logLen = stack[sp + 3];
        if (kind == NEXT_MENTION) {
          nextMention = stack[sp + 4];
        }
        break;
      }
    }
  }

  /** The backtrack stack, grown when it has no room for one more entry at {@code sp}. */
  private static int[] room(Scratch s, int sp) {
    if (sp + WIDTH > s.stack.length) {
      s.stack = Arrays.copyOf(s.stack, s.stack.length * 2);
    }
    return s.stack;
  }

  /** From candidate {@code from}, the next mention at {@code pos} that the instruction accepts, or -1. */
  private static int findMention(Inst in, List<Mention> mentions, int from, int pos, int n) {
    for (int i = from; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.start() != pos) {
        return -1;
      }
      // A mention running past the last token is an annotator bug; skipping it keeps spans valid.
      if (m.end() <= n && m.type().equals(in.type) && in.kindOk(m.kind())) {
        return i;
      }
    }
    return -1;
  }
}
