import { DEFAULT_MAX_CHARS } from '../engine/index.js';
import { FIREFOX_ID } from '../shared/extension-ids.js';
import { EXIT_CODE_HELP } from './exit-codes.js';

const EXIT_CODES = EXIT_CODE_HELP.map(([code, meaning]) => `  ${code}  ${meaning}`).join('\n');

export const MAIN_HELP = `Usage: reply-coach <command> [options]

Checks a customer-support reply for the moves that calm an upset customer (empathy, apology, ownership,
boundary, gratitude) and for phrases that make things worse. Runs offline.

Commands:
  check [FILE|-]     check one reply (see: reply-coach check --help)
  report FILE... --out DIR
                     a team's QA report over exported tickets (see: reply-coach report --help)
  policy FILE [--browser chrome|firefox] [--out FILE]
                     a browser policy file that rolls a team's phrase library out to every agent
                     (see: reply-coach policy --help)

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

export const REPORT_HELP = `Usage: reply-coach report FILE... --out DIR [--redact] [--jobs N]

Reads helpdesk exports and writes, in DIR:
  report.html    one self-contained page (no network, no scripts): per checklist row how often it was needed and
                 met, per agent and per week, as charts and tables; the most frequent findings, with example replies
  summary.json   the same figures: {"replies", "agents": [{"name", "replies", "rows": {"apology": {"needed", "met"},
                 ...}}], "findings": {...}}; a row is needed when its status is met, missing or weak, and met when met
  results.jsonl  one \`check --jsonl\` record per reply, with "ticket", "agent" and "created_at"
Nothing is written until every reply is analysed, so a failed run leaves no half-written report.

Inputs, detected by their content (each file's format is said on stderr):
  Zendesk JSON   {"tickets": [{"id", "requester_id", "comments": [...]}], "users": [...]}, or one ticket a line;
                 public comments not by the requester (or an end-user) are replies, each paired with the
                 requester's latest public comment before it; internal notes are skipped
  CSV            header ticket_id,created_at,author_role,author_name,body (author_role: customer or agent); each
                 agent row is paired with the latest customer row before it in the ticket, by created_at; a
                 ticket's rows must be together, as exports write them
  JSON Lines     the check --jsonl input, {"id", "reply", "customer"}, with optional "ticket", "agent",
                 "created_at" and "customer_name"
HTML in bodies is read as text, never rendered. A malformed line or row is reported with its file and line,
skipped and counted (exit 5).

Options:
  -o, --out DIR   the folder to write the report in (created if missing; the three files are replaced)
      --redact    replace e-mail addresses, phone numbers, order-like numbers and customer names in the examples
  -j, --jobs N    worker threads for the analysis (default: one per core)
  -h, --help      show this help

Exit codes:
${EXIT_CODES}
`;

export const POLICY_HELP = `Usage: reply-coach policy FILE [--browser chrome|firefox] [--id ID] [--out FILE]
                          [--with-rules] [--with-sites] [--no-agent-phrases]

Writes a browser policy file from FILE, a settings export of Reply Coach (its settings page: Import and export >
Export settings). Deployed by IT, the policy gives every agent the export's phrase library, shown on their settings
page as "Set by your organisation" (locked). The file is checked as the settings page checks an import: a problem
is reported with its path, and nothing is written.

  --browser chrome   (the default) the JSON for /etc/chromium/policies/managed/reply-coach.json (Chromium on
                     Linux; Google Chrome reads /etc/opt/chrome/policies/managed/), or for the Google Admin console:
                     {"3rdparty": {"extensions": {"ID": {...}}}}
  --browser firefox  policies.json: {"policies": {"3rdparty": {"Extensions": {"${FIREFOX_ID}": {...}}}}}

Options:
      --id ID             the extension's id: required for Chrome (32 letters a-p, on chrome://extensions);
                          for Firefox ${FIREFOX_ID} unless given
  -o, --out FILE          write the policy to FILE (replaced) instead of stdout
      --with-rules        also lock the rules and what a reply needs, as the export has them
      --with-sites        also lock the built-in helpdesks (on or off), as the export has them
      --no-agent-phrases  agents may not add phrases of their own beside the team's (default: they may)
  -h, --help              show this help

Exit codes:
${EXIT_CODES}
`;
