import { DEFAULT_MAX_CHARS } from '../engine/index.js';
import { EXIT_CODE_HELP } from './exit-codes.js';

const EXIT_CODES = EXIT_CODE_HELP.map(([code, meaning]) => `  ${code}  ${meaning}`).join('\n');

export const MAIN_HELP = `Usage: reply-coach <command> [options]

Checks a customer-support reply for the moves that calm an upset customer (empathy, apology, ownership,
boundary, gratitude) and for phrases that make things worse. Runs offline.

Commands:
  check [FILE|-]     check one reply (see: reply-coach check --help)

Options:
  -h, --help         show this help
  -v, --version      print the version

Exit codes:
${EXIT_CODES}
`;

export const CHECK_HELP = `Usage: reply-coach check [--customer FILE] [--json] [FILE|-]
       reply-coach check --jsonl [FILE|-]

Checks the reply in FILE, or on stdin when FILE is '-' or absent. Input is read as UTF-8 (a byte-order mark is
dropped). Very long input is cut at ${DEFAULT_MAX_CHARS.toLocaleString('en-US')} characters, and the output says so.

Options:
  -c, --customer FILE  the customer's message the reply answers; it decides which moves are needed.
                       Without it, a customer with a problem is assumed.
      --json           print the full analysis as JSON instead of the checklist
      --jsonl          batch mode: read JSON Lines, one object per line:
                         {"id": "t-1", "reply": "...", "customer": "..."}
                       "reply" is required (a string); "customer" is optional; "id" (string or number) defaults
                       to the line number, as a string; null counts as absent. Writes one line per well-formed
                       input line, in input order:
                         {"id", "signals": {apology, nonApology, empathy, gratitude, boundary, ownership,
                          askInput, blame}, "customer": {complaint, negativeEmotion, abusive},
                          "checklist": [...], "findings": [...]}
                       and, only on a line whose text was cut, "truncated": {"reply"?, "customer"?:
                       {analyzedChars, totalChars}}, also said on stderr with the line number.
                       Blank lines are skipped. A malformed line is reported on stderr as
                       "reply-coach: line N: <problem>", writes no output line, and the run goes on (exit 5).
  -h, --help           show this help

Exit codes:
${EXIT_CODES}
`;
