/**
 * The common words of error messages that a kept vendor text may show: technical English,
 * HTTP and identity-verification vocabulary, lower case. A provider adds the words of its
 * own catalog. Anything else in a vendor's text is replaced, so this list must hold no
 * given names or family names: words that are often names (will, may, mark, grant, rose,
 * lee, king, young) are left out on purpose, even where that costs a readable message.
 */
const COMMON = `
a able about above absent accept acceptable accepted access accessed according account
accounts action actions activate activated activation active actual add added additional
address addresses after again against age agent agreement algorithm all allow allowed allows
already also alternative an analysis and another answer any api app application applicant
applicants apply approval approve approved are area argument arguments array as asked assign
associated async at attempt attempted attempts attribute auth authenticate authenticated
authentication authorisation authorise authorised authority authorization authorize authorized
automatic available back backend bad balance base based basic be bearer because been before
begin being below between biometric birth blank blocked body born both bound bounds break broken
browser buffer but by cache call callback called calls camera can cancel canceled cancelled
cannot capture captured card case cause certificate change changed channel character
characters charge check checked checks choose city claim clear client clients closed code codes
collect combination compare comparison complete completed compliance config configuration
configure configured confirm confirmed conflict connect connection consent consider contact
contain contains content context continue contract correct correctly could count country
countries create created creating creation credentials credit credits current customer
customers data database date day days deactivated decision declined default defined delete
deleted denied deprecated description detail details detected device did different digit
digits disabled do document documents does doesn domain don done download due duplicate
during each either else email empty enable enabled encoding encrypted end endpoint enough
enroll enrolled enrollment ensure enter entered entity entries entry environment equal error
errors event events exceed exceeded exceeds exist existing exists expected expire expired
expires expiry external face failed failure false fetch field fields file files find first
flow for forbidden format formatted found fraud free from front full function gateway gender
get given go granted group handle has hash have header headers her his history hour hours how
human id identification identifier identity if image images in inactive include included
incomplete incorrect index information initial input inputs inquiry insufficient integer
internal into invalid is issue issued issuer it item items its job jobs json just key keys
kyc language large last later length level limit limited limits link list live liveness load
local locale locked log login lookup made maintenance manual many match matched matches
matching max maximum media member message messages method methods minimum minute minutes
mismatch missing mobile mode more most multiple must name names national need needed network
new next no none not note nothing now null number numbers object of off ok on once one only
open operation option optional options or order other our out over overloaded owner page
parameter parameters part partial partner partners party pass passed passport password
payload payment pending per permission permissions personal phone photo photos plan please
point policy portrait possible post pre prefix present previous process processed
processing product products profile provide provided provider provisional proxy public
quality queue quota rate reached read reason received record records redirect reference
refused register registered registration reject rejected remaining remote remove removed
repeat replay request requested requests require required requires reset resolve resource
resources response responses result results resubmit resubmission retry return returned
review reviewed risk rule rules run same sandbox scan scope screening second seconds secret
section see selected selfie send sent server service services session sessions set setting
settings should side sign signature signed signer signers size smart some source specified
start started state status step steps still stopped storage string submit submitted
subscription success successful such supplied support supported suspected system take team
temporarily temporary terms test text than that the their them then there these they this
three through time timed timeout times timestamp to token tokens too total transaction try
two type types unable unauthorised unauthorized unavailable under unexpected unique unknown
unprocessable unsupported until up update updated upload uploaded url us usage use used user
users using valid validate validated validation value values verification verifications
verified verify verifying version video wait wallet was wasn we webhook were what when where
whether which while with within without workflow wrong year years yet you your zip
isn aren t s re ve ll d m redacted line
http https www html json xml utf
econnrefused econnreset etimedout enotfound eai epipe ehostunreach enetunreach
econnaborted err tls ssl dns socket aborted abort
accepted accessible acknowledged activity actor additional admin adult agency alias
amount amounts ancestor annotation anonymous append applicable applied approximately archive
arrival asset assets attached attachment attachments audit authenticity automated avatar
backoff bank bare batch behalf belong big billing binary bit block boolean bot bounce branch
brief bucket build bundle busy byte bytes cancellation capacity cards category certificates
chain characteristic charset checksum child children chunk circuit civil class clock closing
cloud cluster code collection column command comment commit common company completion
component compressed concurrency concurrent condition conditions confidence conflicts
connected connections consumer contents control conversion cookie copy core corrupt corrupted
cost counter cover credential criteria cursor cyclic daily dashboard decode decoded decrypt
deep delay delivered delivery dependency deploy deployed destination detect determine dev
developer dict dictionary digital direct directory disallowed disk display division dob doc
docs downstream draft driver driving drop dropped edge edit effective element elements
embedded encrypt enforce engine enrolment entities envelope envelopes equals escalated
estimate evaluation exact example exception excluded execute execution expiration explicit
export expression extension extract extracted facial factor fail fallback feature features
fee feed filter final flag flags float fn fraudulent frequency frozen fulfilled fully further
generate generated generic global government graph guard handler hard head health healthy held
hidden high hold holder host hosted hourly identical identifiers ignore ignored illegal
immediately import inbound incoming increase indicator individual info initialized inline
inner insert inspection instance instead instruction int integration integrity interface
interval introduced invite invocation ip iso issues javascript jwt keep kind label labels layer
leaf legacy legal letter library licence license lifetime limiter linked listed literal lock
logged logic low machine mail main malformed managed mandatory manually mapping marked
marker meta metadata migrated minor mismatched model modified module monthly multipart mutation
nan native negative nested nin nested nil node nodes non normal normalized notification
notifications nullable numeric obsolete offline offset old online opaque operator optional
origin original outbound outdated output outside overall override owned package paid paired
pair parent parse parsed parser path pattern pause paused peer percent period permanent
permitted phase pin placeholder platform plural pool port position positive preferred
premium prepared primary priority private probe proceed production profile progress
prohibited project prompt proof property protected protocol pull purpose push qualified query
queued random range ratio raw readable ready realm reason reasons receipt recipient
recipients reconnect recover recovery recursive redirected reduce refresh refreshed region
rejection relation release reload remote render rendered replaced replica reply report
reported reports repository representation reprocess requestor requirement requirements
reserved resident residence resolution resolved respond restart restricted restriction
resume retain retried retries retrying reused revoked rotate rotated route routing row rows
safe sample schema scheduled sdk search secure security segment sequence serial serialized
server shape shared short signing single skip skipped slot slow snapshot soft sort space
spec special split stage standard stale statement static statistics stop store stored
stream strict structure sub subject subscriber suffix summary supplied suspended suspicious
switch sync syntax tag target task template tenant terminated third threshold throttle
throttled throttling throwing ticket tier title today top trace tracking traffic transfer
transient transition trial trigger truncated trust tuple tz unavailable unconfirmed undef
undefined underlying unhandled unit universal unlocked unmatched unpaid unreachable
here unreadable unrecognised unrecognized unsafe unset unsigned unverified upgrade upstream uri
usable utility validator variable variant vendor verifier view violation visible void
volume warning watchlist weak web week weekly weird widget window worker write written self
range reference eval aggregate syntax nin bvn ssn vnin
`;

/** The common vocabulary, one lower-case word each. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON.split(/\s+/).filter(Boolean));
