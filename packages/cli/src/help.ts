/** The commands, in the order the help lists them. */
export const COMMANDS = ['explain', 'normalize', 'list', 'events', 'providers'] as const;

/** One of {@link COMMANDS}. */
export type Command = (typeof COMMANDS)[number];

/** What `kyc-errors`, `kyc-errors --help` and `kyc-errors help` print. */
export const HELP = `kyc-errors: explain KYC and e-signature vendor errors, with retry advice

Usage:
  kyc-errors explain <provider> <code>      what a vendor code means and what to do
  kyc-errors normalize <provider>           classify a response pasted on standard input
              [--status N] [--header "Name: value"]...
  kyc-errors list <provider> [--category C] every catalogued code, in the vendor's order
  kyc-errors events <provider>              every webhook event the vendor documents
  kyc-errors providers                      the known providers

Options:
  --json                machine-readable output (every command)
  --status N            normalize: the HTTP status of a pasted body
  -H, --header "N: v"   normalize: a response header of a pasted body (repeatable)
  --category C          list: only codes of this category (rate-limit, auth, ...)
  -h, --help            this help, or a command's help after the command
  -v, --version         the version

Examples:
  kyc-errors explain smile-id 2205
  kyc-errors list idenfy --category rate-limit
  kyc-errors events persona
  echo '{"identifier":"TOO_MANY_REQUESTS","message":"Too many requests"}' | kyc-errors normalize idenfy --status 429 --header "Retry-After: 30"
  echo '{"status":502,"body":"<html>Bad Gateway</html>"}' | kyc-errors normalize signingcloud --json
  curl -si https://api.example.com/... | kyc-errors normalize idenfy
`;

/** What `kyc-errors <command> --help` prints. */
export const COMMAND_HELP: Readonly<Record<Command, string>> = {
  explain: `Usage: kyc-errors explain <provider> <code> [--json]

Prints what a vendor code means: category or verdict, reason, our explanation, what to
do, retry advice, the vendor's own text and a link to the catalog page. Codes the vendor
overloads (Smile ID 0001) print every entry. A number is read as the vendor writes it when
that is unambiguous (SigningCloud "06" is 6, Smile ID "1" is 0001). An unknown code exits 1,
names the nearest codes and says what the family rule or the HTTP status would make of it.
With --json, the catalog entry as JSON (an array when the code has several entries).
`,
  normalize: `Usage: kyc-errors normalize <provider> [--status N] [--header "Name: value"]... [--json]

Reads one response on standard input and prints the normalized KycError. Paste one of
  - the whole response as text, as curl -i prints it: the status line (HTTP/1.1 429 Too
    Many Requests, HTTP/2 429), the headers, a blank line, the body; LF or CRLF. When curl
    shows several responses (100 Continue, a proxy's CONNECT, redirects) the last counts.
    --status then conflicts with its status line, --header with its headers;
  - the body as the vendor sent it (JSON, HTML or text), with --status and --header for the
    rest of the response;
  - an envelope {"status": 429, "headers": {"Retry-After": "30"}, "body": ...}, whose body
    may be JSON, a JSON string or text; --status or --header then conflict with its own.
On a terminal, paste and end the input with Ctrl-D on an empty line (Ctrl-Z, Enter on
Windows). Personal data in the input is never printed.
`,
  list: `Usage: kyc-errors list <provider> [--category C] [--json]

Prints every catalogued code of a provider, one per line, in the vendor's order (numeric
where the codes are numbers): code, category or verdict, reason, explanation. --category
keeps the codes of one category (a rejected verdict counts as verification). With --json,
the entries as an array.
`,
  events: `Usage: kyc-errors events <provider> [--json]

Prints every webhook event the vendor documents, one per line, in the order of its list: the
event name as the vendor sends it, whether someone must look at it (attention) and whether a
verdict is still to come (verdict follows), our reason and explanation. An event's name that
the catalog also holds as a verdict (Persona's inquiry.approved) is read as that verdict.
With --json, the events as an array.
`,
  providers: `Usage: kyc-errors providers [--json]

Prints the ids and names of the providers the command knows.
`,
};
