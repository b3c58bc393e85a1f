import type { EntrySpec } from '@kyc-errors/core/provider-kit';

// SigningCloud answers every call with HTTP 200 and `{result, data, mac}`; the numeric
// `result` is the whole error signal, and the body never carries message text. So
// `vendorText` below is the text of SigningCloud's published return-code table, and
// `message`/`remedy` are ours.
//
// Where this table names a `field`, the name is ours: SigningCloud never names the field at
// fault, but the code's text does, and a caller handling a form wants a stable key for it.
//
// The table has no codes 32-34; they are not documented, so they are not listed here and
// arrive as `unknown` if SigningCloud ever sends them.

/**
 * Every return code in SigningCloud's return-code table (0-31, 35-115, 2001-2029), as data.
 * Entries override their category's default retry advice only where the code needs it.
 *
 * @example
 * ```ts
 * SIGNINGCLOUD_CATALOG.find((e) => e.code === '6')?.category; // 'auth'
 * ```
 */
export const SIGNINGCLOUD_CATALOG = [
  {
    code: '0',
    kind: 'success',
    reason: 'SUCCESS',
    vendorText: 'Success',
    message: 'The call succeeded; `data` holds the encrypted answer.',
    remedy: 'Nothing to do: verify `mac`, then decrypt `data`.',
  },
  {
    code: '1',
    kind: 'error',
    category: 'validation',
    reason: 'PARAMETER_ERROR',
    vendorText: 'Parameter error, indicating that the number and type of parameters are incorrect',
    message: 'A parameter is missing, extra or of the wrong type.',
    remedy: 'Compare the decrypted request payload with the endpoint reference, field by field.',
  },
  {
    // A MAC that does not verify is an integrity failure of the signed request: the wrong
    // integration key, or the MAC computed over something other than the bytes sent. The
    // same request fails the same way, so it is a configuration fault, never retried as-is.
    code: '2',
    kind: 'error',
    category: 'auth',
    reason: 'MAC_MISMATCH',
    vendorText: 'Data check failed (MAC mismatch)',
    message: 'The SHA-256 MAC of the request did not verify at SigningCloud.',
    remedy:
      'Check the integration key used for the MAC and that the MAC is computed over exactly the encrypted `data` string that is sent.',
  },
  {
    code: '3',
    kind: 'error',
    category: 'validation',
    reason: 'DATA_FORMAT_ERROR',
    vendorText: 'Data format error',
    message: 'The request payload is not in the format the endpoint expects.',
    remedy: 'Check the JSON structure and the encoding of the payload before encryption.',
  },
  {
    // SigningCloud's catch-all: request faults have their own codes (1, 3, 23, ...), so a bare
    // "processing failed" most likely happened on their side. Retried, but with a caution:
    // a deterministic fault would fail every time, and a write may have half-happened.
    code: '4',
    kind: 'error',
    category: 'retryable',
    reason: 'PROCESSING_FAILED',
    vendorText: 'Processing failed',
    message: 'SigningCloud failed to process the request and gave no specific cause.',
    remedy:
      'Retry a few times with backoff; if it keeps failing with the same request, report it to SigningCloud support.',
    retry: {
      caution:
        'Generic failure: cap the attempts, and for calls that create or sign something, check whether the first attempt took effect before resending.',
    },
  },
  {
    // Unlike 6, the token was never good: malformed, truncated, from another environment or
    // sent in the wrong place. Fetching new tokens in a loop would not fix how it is sent.
    code: '5',
    kind: 'error',
    category: 'auth',
    reason: 'INVALID_ACCESS_TOKEN',
    vendorText: 'Invalid access token',
    message: 'SigningCloud does not recognise the access token sent.',
    remedy:
      'Check that the token comes from GET /signserver/v1/accesstoken of the same environment and is sent unmodified where the API expects it.',
  },
  {
    // Expiry is the one auth failure that fixes itself: get a fresh token and send again.
    code: '6',
    kind: 'error',
    category: 'auth',
    reason: 'ACCESS_TOKEN_EXPIRED',
    vendorText: 'Access token has expired',
    message: 'The access token was valid but has expired.',
    remedy:
      'Request a new token from GET /signserver/v1/accesstoken and retry the call once with it; if the new token also fails, stop and check the clock and credentials.',
    retry: { retryable: true, action: 'refresh-credentials' },
  },
  {
    code: '7',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_REQUEST_TYPE',
    vendorText: 'Invalid request type',
    message: 'The request type value is not one SigningCloud accepts for this endpoint.',
    remedy: 'Use a request type documented for the endpoint being called.',
  },
  {
    code: '8',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_APP_VERSION',
    vendorText: 'Invalid APP version',
    message: 'The app version sent with the request is not accepted.',
    remedy: 'Send a supported app version, or update the client that sends it.',
  },
  {
    code: '9',
    kind: 'error',
    category: 'user-state',
    reason: 'USER_NOT_FOUND',
    vendorText: 'User does not exist',
    message: 'No SigningCloud user matches the one named in the request.',
    remedy: 'Register the user first, or check which user identifier the request carries.',
  },
  {
    code: '10',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_REAL_NAME',
    field: 'realName',
    vendorText: 'Invalid real name',
    message: "The person's legal name was rejected.",
    remedy: 'Send the full name as written on the identity document, without unusual symbols.',
  },
  {
    code: '11',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_EMAIL',
    field: 'email',
    vendorText: 'Invalid email',
    message: 'The e-mail address was rejected as malformed.',
    remedy: 'Validate the address before sending and ask the user to correct it.',
  },
  {
    // The code is typed in by the end user from the registration e-mail, so it is the user,
    // not the integration, who must correct it.
    code: '12',
    kind: 'error',
    category: 'validation',
    reason: 'AUTHORIZATION_CODE_MALFORMED',
    field: 'authorizationCode',
    vendorText: 'Registration authorization code format error',
    message: 'The registration code entered does not have the expected format.',
    remedy: 'Ask the user to re-enter the code exactly as received in the registration e-mail.',
    retry: { action: 'user-action' },
  },
  {
    // The end user chooses the password; only they can pick one that meets the rules.
    code: '13',
    kind: 'error',
    category: 'validation',
    reason: 'PASSWORD_FORMAT',
    field: 'password',
    vendorText: 'Bad password format',
    message: 'The chosen password does not meet the password rules.',
    remedy: 'Ask the user for a password that satisfies the length and character rules.',
    retry: { action: 'user-action' },
  },
  {
    // Mail delivery is a transient dependency; an invalid address has its own code (11).
    code: '14',
    kind: 'error',
    category: 'retryable',
    reason: 'REGISTRATION_EMAIL_NOT_SENT',
    vendorText: 'Failed to send registration authorization code email',
    message: 'SigningCloud could not send the e-mail carrying the registration code.',
    remedy: 'Retry with backoff; if it persists, check the address with the user.',
  },
  {
    // A well-formed code that does not match is a failed check of the end user, like a
    // wrong OTP (35, 109): only the user can enter the right one.
    code: '15',
    kind: 'error',
    category: 'verification',
    reason: 'AUTHORIZATION_CODE_REJECTED',
    vendorText: 'Invalid authorization code',
    message: 'The authorization code entered does not match the one issued.',
    remedy: 'Ask the user to check the latest e-mail and enter that code, or send a new one.',
    retry: { action: 'user-action' },
  },
  {
    code: '16',
    kind: 'error',
    category: 'user-state',
    reason: 'ALREADY_REGISTERED',
    vendorText: 'Already registered',
    message: 'A user with these details is already registered.',
    remedy: 'Use the existing account instead of registering again.',
  },
  {
    // Generic failure after the specific registration checks (11, 12, 13, 16) passed, so
    // most likely on SigningCloud's side. A repeat that answers 16 means the first went in.
    code: '17',
    kind: 'error',
    category: 'retryable',
    reason: 'REGISTRATION_FAILED',
    vendorText: 'Registration failed',
    message: 'SigningCloud could not complete the registration.',
    remedy: 'Retry with backoff; if the retry answers 16, the earlier attempt did register.',
    retry: {
      caution: 'A retry answered with 16 (already registered) means the first attempt succeeded.',
    },
  },
  {
    code: '18',
    kind: 'error',
    category: 'user-state',
    reason: 'USER_NOT_REGISTERED',
    vendorText: 'User is not registered',
    message: 'The user named in the request has not registered with SigningCloud.',
    remedy: 'Complete registration for the user before this call.',
  },
  {
    // Activation is a link the end user must follow; nobody else can do it for them.
    code: '19',
    kind: 'error',
    category: 'user-state',
    reason: 'REGISTRATION_NOT_ACTIVATED',
    vendorText: 'User registration is not activated',
    message: 'The user registered but has not activated the account yet.',
    remedy: 'Ask the user to follow the activation e-mail, then try again.',
    retry: { action: 'user-action' },
  },
  {
    code: '20',
    kind: 'error',
    category: 'user-state',
    reason: 'ACCOUNT_CLOSED',
    vendorText: 'User account is closed',
    message: "The user's SigningCloud account has been closed.",
    remedy: 'Closed accounts cannot be used; ask SigningCloud to reopen it or register anew.',
  },
  {
    // Login uses a user's password rather than the integration key; from the caller's side
    // the stored or relayed credentials are wrong, which is an auth fault.
    code: '21',
    kind: 'error',
    category: 'auth',
    reason: 'LOGIN_FAILED',
    vendorText: 'Login failed',
    message: 'SigningCloud refused the login.',
    remedy: 'Check the account identifier and password sent with the login call.',
  },
  {
    code: '22',
    kind: 'error',
    category: 'auth',
    reason: 'WRONG_PASSWORD',
    vendorText: 'Wrong password',
    message: 'The password does not match the account.',
    remedy:
      'Correct the stored password, or ask the user to re-enter theirs; do not loop, repeated failures lock the account.',
    retry: { caution: 'Repeated wrong passwords can lock the user (code 30).' },
  },
  {
    code: '23',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_DOCUMENT_INFO',
    vendorText: 'Document information error or invalid',
    message: 'The document details in the request are wrong or incomplete.',
    remedy: 'Check the document id and metadata the request sends.',
  },
  {
    code: '24',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_PAGE_NOT_FOUND',
    field: 'page',
    vendorText: 'Document page does not exist',
    message: 'The page number is outside the document.',
    remedy: 'Use a page number within the document page count.',
  },
  {
    code: '25',
    kind: 'error',
    category: 'validation',
    reason: 'PAGE_IMAGE_NOT_FOUND',
    vendorText: 'Document page’s image does not exist',
    message: 'SigningCloud holds no rendered image for that document page.',
    remedy:
      'Check the document and page identifiers; re-upload the document if its pages are missing.',
  },
  {
    // Same text as 55; SigningCloud uses two codes for it. Both are catalogued, same reason.
    code: '26',
    kind: 'error',
    category: 'validation',
    reason: 'SIGNATURE_PICTURE_NOT_FOUND',
    vendorText: 'Signature picture does not exist',
    message: 'The signature image the request refers to is not on file.',
    remedy: 'Upload or draw the signature image first, or refer to one that exists.',
  },
  {
    code: '27',
    kind: 'error',
    category: 'validation',
    reason: 'RECIPIENT_NOT_FOUND',
    vendorText: 'The recipient does not exist',
    message: 'The recipient named in the request is not known to SigningCloud.',
    remedy: 'Check the recipient identifier or e-mail against the document recipients.',
  },
  {
    // Reads as a state, not a fault: this party has no signature field on the document. It
    // is still a non-zero result, so the requested signing did not happen; there is nothing
    // to retry.
    code: '28',
    kind: 'error',
    category: 'user-state',
    reason: 'NO_SIGNATURE_NEEDED',
    vendorText: 'No signature needed',
    message: 'This party is not required to sign the document, so nothing was signed.',
    remedy: 'Treat the party as done for this document; do not ask them to sign.',
    retry: { action: 'none' },
  },
  {
    // Generic signing failure after the specific checks passed. Signing twice is guarded by
    // SigningCloud itself (78 answers a second signature), so a retry is safe.
    code: '29',
    kind: 'error',
    category: 'retryable',
    reason: 'SIGNING_FAILED',
    vendorText: 'Signing failed',
    message: 'SigningCloud could not apply the signature.',
    remedy: 'Retry with backoff; if a retry answers 78, the earlier attempt did sign.',
    retry: {
      caution: 'A retry answered with 78 (already signed) means the first attempt succeeded.',
    },
  },
  {
    code: '30',
    kind: 'error',
    category: 'user-state',
    reason: 'USER_LOCKED',
    vendorText: 'User is locked',
    message: "The user's account is locked.",
    remedy: 'An administrator must unlock the user in SigningCloud before they can continue.',
  },
  {
    // Face enrolment fails mostly on the photo (no face found, poor light). The same image
    // fails again, so the end user must capture a new one rather than the call be retried.
    code: '31',
    kind: 'error',
    category: 'validation',
    reason: 'FACE_ENROLMENT_FAILED',
    vendorText: 'Adding a face user failed',
    message: "SigningCloud could not enrol the user's face.",
    remedy:
      'Ask the user to take a new, well-lit, front-facing photo; report to SigningCloud if good photos also fail.',
    retry: { action: 'user-action' },
  },
  {
    // A wrong SMS code is a failed check of the end user; they can enter it again.
    code: '35',
    kind: 'error',
    category: 'verification',
    reason: 'SMS_VERIFICATION_FAILED',
    vendorText: 'SMS verification failed',
    message: 'The SMS code entered did not verify.',
    remedy: 'Ask the user to enter the code again, or send a new one.',
    retry: { action: 'user-action' },
  },
  {
    // Generic creation failure. If the caller set its own document number (81), resending
    // with the same number is protected: a duplicate answers 73.
    code: '36',
    kind: 'error',
    category: 'retryable',
    reason: 'DOCUMENT_CREATION_FAILED',
    vendorText: 'Document creation failed',
    message: 'SigningCloud could not create the document.',
    remedy: 'Retry with backoff using the same document number, so a duplicate is refused.',
    retry: {
      caution:
        'Resend with the same document number; an answer of 73 means the earlier attempt created it.',
    },
  },
  {
    // Deleting is idempotent, so a retry is harmless; a document signed in the meantime
    // answers 96 or 107 instead.
    code: '37',
    kind: 'error',
    category: 'retryable',
    reason: 'UNSIGNED_DOCUMENT_DELETE_FAILED',
    vendorText: 'Failed to delete unsigned document',
    message: 'SigningCloud could not delete the unsigned document.',
    remedy: 'Retry with backoff; check that the document is still unsigned if it keeps failing.',
  },
  {
    // The bulk form of 37; same reasoning.
    code: '38',
    kind: 'error',
    category: 'retryable',
    reason: 'UNSIGNED_DOCUMENTS_DELETE_FAILED',
    vendorText: 'Failed to delete unsigned document(s)',
    message: 'SigningCloud could not delete one or more of the unsigned documents.',
    remedy: 'Retry with backoff; list the documents afterwards to see which remain.',
  },
  {
    code: '39',
    kind: 'error',
    category: 'retryable',
    reason: 'REMINDER_EMAIL_FAILED',
    vendorText: 'Sending reminder email failed',
    message: 'SigningCloud could not send the reminder e-mail.',
    remedy: 'Retry later; a reminder sent twice is only a nuisance.',
  },
  {
    // Same reasoning as 36.
    code: '40',
    kind: 'error',
    category: 'retryable',
    reason: 'ADD_DOCUMENT_FAILED',
    vendorText: 'Failed to add document',
    message: 'SigningCloud could not add the document.',
    remedy: 'Retry with backoff using the same document number, so a duplicate is refused.',
    retry: {
      caution:
        'Resend with the same document number; an answer of 73 means the earlier attempt added it.',
    },
  },
  {
    // Same text as 71; SigningCloud uses two codes for it. Both are catalogued, same reason.
    code: '41',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_NOT_FOUND',
    vendorText: 'Document does not exist',
    message: 'No document matches the identifier in the request.',
    remedy: 'Check the document identifier; it may belong to another environment.',
  },
  {
    // An ownership mismatch nearly always means the request names the wrong document or
    // acts as the wrong user; the credentials themselves were accepted.
    code: '42',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_NOT_OWNED',
    vendorText: 'Document does not belong to this user',
    message: 'The document exists but is not owned by the user the request acts for.',
    remedy: 'Act as the document owner, or check that the document identifier is the right one.',
  },
  {
    code: '43',
    kind: 'error',
    category: 'validation',
    reason: 'REPORT_NOT_FOUND',
    vendorText: 'Report does not exist',
    message: 'No report matches the identifier in the request.',
    remedy: 'Check the report identifier.',
  },
  {
    // Vague: the operation is not allowed here. Without more, it is the request (operation
    // in the wrong place or order) that must change.
    code: '44',
    kind: 'error',
    category: 'validation',
    reason: 'ILLEGAL_OPERATION',
    vendorText: 'Illegal operation',
    message: 'SigningCloud does not allow this operation in this context.',
    remedy: 'Check that the operation is allowed for the document or user in its current state.',
  },
  {
    code: '45',
    kind: 'error',
    category: 'retryable',
    reason: 'MAIL_SEND_FAILED',
    vendorText: 'Send mail failed',
    message: 'SigningCloud could not send an e-mail.',
    remedy: 'Retry with backoff.',
  },
  {
    code: '46',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_API_TYPE',
    vendorText: 'Invalid API type',
    message: 'The API type value is not one SigningCloud accepts.',
    remedy: 'Send an API type documented for the endpoint.',
  },
  {
    code: '47',
    kind: 'error',
    category: 'user-state',
    reason: 'ACCOUNT_NOT_FOUND',
    vendorText: 'Account does not exist',
    message: 'No SigningCloud account matches the one named in the request.',
    remedy: 'Create the account first, or check the account identifier.',
  },
  {
    // Reads as "already authorized": the authorization asked for is in place, so nothing
    // was changed. A state, not a fault; there is nothing to retry.
    code: '48',
    kind: 'error',
    category: 'user-state',
    reason: 'ALREADY_AUTHORIZED',
    vendorText: 'Authorized',
    message: 'The authorization requested already exists, so nothing changed.',
    remedy: 'Treat the authorization as in place and continue.',
    retry: { action: 'none' },
  },
  {
    // The address is taken by another account: the end user must use another address or
    // sign in to the account that owns it.
    code: '49',
    kind: 'error',
    category: 'user-state',
    reason: 'EMAIL_TAKEN',
    field: 'email',
    vendorText: 'Mailbox belongs to another account',
    message: 'The e-mail address is already used by a different account.',
    remedy: 'Use another e-mail address, or sign in to the account that owns it.',
    retry: { action: 'user-action' },
  },
  {
    // A permission refusal for the identity the call runs as; the fix is to call as an
    // administrator, which is configuration.
    code: '50',
    kind: 'error',
    category: 'auth',
    reason: 'NOT_ADMIN',
    vendorText: 'Non-admin account',
    message: 'The call needs an administrator account and was made with another kind.',
    remedy: 'Call this endpoint with the credentials of an administrator account.',
  },
  {
    code: '51',
    kind: 'error',
    category: 'auth',
    reason: 'UNAUTHORIZED',
    vendorText: 'Unauthorized',
    message: 'The caller is not permitted to perform this call.',
    remedy: 'Check the permissions of the integration and the user the call acts for.',
  },
  {
    // Roles are set up by the account owner in SigningCloud's console, not in the request.
    code: '52',
    kind: 'error',
    category: 'account',
    reason: 'DEFAULT_ROLE_MISSING',
    vendorText: 'Default role does not exist',
    message: 'The organisation has no default role configured.',
    remedy: 'Have the account administrator set up a default role in SigningCloud.',
  },
  {
    code: '53',
    kind: 'error',
    category: 'auth',
    reason: 'INTEGRATION_KEY_NOT_FOUND',
    vendorText: 'Integration key does not exist',
    message: 'SigningCloud has no integration key matching the one sent.',
    remedy: 'Check the integration key and that it belongs to this environment.',
  },
  {
    // Like 2: the encrypted `data` cannot be opened with the key SigningCloud holds, so the
    // key or the encryption is wrong. The same request fails every time.
    code: '54',
    kind: 'error',
    category: 'auth',
    reason: 'DECRYPTION_FAILED',
    vendorText: 'Data decryption failed',
    message: 'SigningCloud could not decrypt the request `data`.',
    remedy:
      'Check the AES key, mode, padding and encoding used to encrypt `data` against the integration settings.',
  },
  {
    // Same text as 26; see there.
    code: '55',
    kind: 'error',
    category: 'validation',
    reason: 'SIGNATURE_PICTURE_NOT_FOUND',
    vendorText: 'Signature picture does not exist',
    message: 'The signature image the request refers to is not on file.',
    remedy: 'Upload or draw the signature image first, or refer to one that exists.',
  },
  {
    code: '56',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_SYSTEM_TYPE',
    vendorText: 'System type error',
    message: 'The system type value in the request is not accepted.',
    remedy: 'Send a system type documented for the endpoint.',
  },
  {
    code: '57',
    kind: 'error',
    category: 'validation',
    reason: 'VERSION_NOT_FOUND',
    vendorText: 'Version does not exist',
    message: 'The version named in the request does not exist.',
    remedy: 'Send a version SigningCloud lists as available.',
  },
  {
    // Push approval needs a registered phone; only the end user can sign in to the app.
    code: '58',
    kind: 'error',
    category: 'user-state',
    reason: 'NO_PUSH_DEVICE',
    vendorText: 'No push terminal, please log in to your APP',
    message: 'The user has no device registered for push approval.',
    remedy:
      'Ask the user to sign in to the SigningCloud mobile app, or use another approval method.',
    retry: { action: 'user-action' },
  },
  {
    // A step the signer has not done yet in the flow; only they can do it.
    code: '59',
    kind: 'error',
    category: 'user-state',
    reason: 'SIGNATURE_VERIFICATION_REQUIRED',
    vendorText: 'Requires signature verification',
    message: 'The signer must verify before this step can go ahead.',
    remedy: 'Take the signer through the verification step (OTP or push), then repeat the call.',
    retry: { action: 'user-action' },
  },
  {
    code: '60',
    kind: 'error',
    category: 'retryable',
    reason: 'SMS_SEND_FAILED',
    vendorText: 'Failed to send SMS',
    message: 'SigningCloud could not send the SMS.',
    remedy: 'Retry with backoff; check the phone number if it keeps failing.',
  },
  {
    // The signer actively declined on their phone. Prompting again automatically would
    // ignore a deliberate answer, so nothing is retried.
    code: '61',
    kind: 'error',
    category: 'verification',
    reason: 'PUSH_AUTH_REFUSED',
    vendorText: 'Push authentication refused',
    message: 'The user declined the push approval on their device.',
    remedy: 'Do not prompt again automatically; confirm with the user through your own channel.',
  },
  {
    // The signer did not answer the push in time: the approval check failed, and only the
    // signer can complete a new one.
    code: '62',
    kind: 'error',
    category: 'verification',
    reason: 'PUSH_AUTH_TIMEOUT',
    vendorText: 'Authentication response timed out',
    message: 'The user did not answer the push approval in time.',
    remedy: 'Ask the user to keep the app at hand and start the approval again.',
    retry: { action: 'user-action' },
  },
  {
    code: '63',
    kind: 'error',
    category: 'validation',
    reason: 'PASSWORD_REUSED',
    field: 'newPassword',
    vendorText: 'New password cannot same with old password',
    message: 'The new password is the same as the current one.',
    remedy: 'Ask the user to choose a password different from the current one.',
    retry: { action: 'user-action' },
  },
  {
    // Registering a device's push token is a back-end step that fails transiently.
    code: '64',
    kind: 'error',
    category: 'retryable',
    reason: 'PHONE_TOKEN_REGISTRATION_FAILED',
    vendorText: 'Phone token registration failed',
    message: "SigningCloud could not register the phone's push token.",
    remedy: 'Retry with backoff.',
  },
  {
    code: '65',
    kind: 'error',
    category: 'validation',
    reason: 'PHONE_NUMBER_MISSING',
    field: 'phoneNumber',
    vendorText: 'Phone number is empty, this operation cannot be performed',
    message: 'The operation needs a phone number and none was given.',
    remedy: "Send the signer's mobile number, or choose an approval method without SMS.",
  },
  {
    // The lock is on this signing request; only its creator can lift it by resending.
    code: '66',
    kind: 'error',
    category: 'user-state',
    reason: 'SIGNER_VERIFICATION_LOCKED',
    vendorText:
      'Your verification failed multiple times and has been locked. Please contact the document creator to resend your signing request',
    message: "Too many failed verifications locked the signer's signing request.",
    remedy: 'The document creator must resend the signing request to this signer.',
  },
  {
    code: '67',
    kind: 'error',
    category: 'validation',
    reason: 'PERSONAL_ID_MISSING',
    field: 'idNumber',
    vendorText: 'Signature failed, personal ID number cannot be blank',
    message: 'Signing needs the personal identity number and it was empty.',
    remedy: "Send the signer's identity number with the signing request.",
  },
  {
    code: '68',
    kind: 'error',
    category: 'validation',
    reason: 'CORPORATE_ID_MISSING',
    field: 'companyIdNumber',
    vendorText: 'Signature failed, corporate ID number cannot be empty',
    message: 'Signing for a business needs its registration number and it was empty.',
    remedy: "Send the company's registration number with the signing request.",
  },
  {
    // Generic template failure; a duplicate name has its own code (70), so a resend is safe.
    code: '69',
    kind: 'error',
    category: 'retryable',
    reason: 'ADD_TEMPLATE_FAILED',
    vendorText: 'Failed to add document template',
    message: 'SigningCloud could not add the template.',
    remedy: 'Retry with backoff; an answer of 70 then means the earlier attempt added it.',
  },
  {
    code: '70',
    kind: 'error',
    category: 'validation',
    reason: 'TEMPLATE_NAME_TAKEN',
    field: 'templateName',
    vendorText: 'Add document template name already exists',
    message: 'A template with this name already exists.',
    remedy: 'Choose another template name, or use the existing template.',
  },
  {
    // Same text as 41; see there.
    code: '71',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_NOT_FOUND',
    vendorText: 'Document does not exist',
    message: 'No document matches the identifier in the request.',
    remedy: 'Check the document identifier; it may belong to another environment.',
  },
  {
    code: '72',
    kind: 'error',
    category: 'validation',
    reason: 'DATA_LENGTH_MISMATCH',
    vendorText: 'Data length does not match',
    message: 'The length declared for the data does not match what was sent.',
    remedy: 'Compute the length from the exact bytes sent, after encoding.',
  },
  {
    // Often the echo of our own retry: the first attempt created the document. Look it up
    // before choosing a new number, or the document is created twice.
    code: '73',
    kind: 'error',
    category: 'validation',
    reason: 'DOCUMENT_NUMBER_TAKEN',
    field: 'documentNumber',
    vendorText: 'Document number already exists',
    message: 'A document with this number already exists.',
    remedy:
      'Look up the document with this number first; if it is not yours, send a new unique number.',
    retry: { action: 'check-status' },
  },
  {
    code: '74',
    kind: 'error',
    category: 'account',
    reason: 'INSUFFICIENT_CREDIT',
    vendorText: 'Insufficient account credit',
    message: 'The account has too little credit for this call.',
    remedy: 'Top up the SigningCloud account credit.',
  },
  {
    code: '75',
    kind: 'error',
    category: 'account',
    reason: 'SIGNATORY_LIMIT_REACHED',
    vendorText: 'Signatories reached the limit',
    message: 'The plan does not allow more signatories.',
    remedy: 'Use fewer signatories, or raise the limit with a plan change.',
  },
  {
    code: '76',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_HTML',
    vendorText: 'HTML format is incorrect',
    message: 'The HTML content in the request is malformed.',
    remedy: 'Validate the HTML (closed tags, encoding) before sending it.',
  },
  {
    code: '77',
    kind: 'error',
    category: 'account',
    reason: 'TEMPLATE_LIMIT_REACHED',
    vendorText: 'Number of templates reached limit',
    message: 'The plan allows no more templates.',
    remedy: 'Delete unused templates or upgrade the plan.',
  },
  {
    // A state: the signature is already there. After a retry of 29 this is the proof that
    // the first attempt worked. Nothing to retry.
    code: '78',
    kind: 'error',
    category: 'user-state',
    reason: 'ALREADY_SIGNED',
    vendorText: 'This signatory has signed this document',
    message: 'This signer has already signed the document, so nothing was signed now.',
    remedy: "Treat the signer's part as done.",
    retry: { action: 'none' },
  },
  {
    // The signature is in place but the follow-up failed. Resending the signing would only
    // answer 78, so the advice is to look at the document's state, not to retry; delivery is
    // uncertain because SigningCloud did act on the request.
    code: '79',
    kind: 'error',
    category: 'user-state',
    reason: 'SIGNED_FOLLOW_UP_FAILED',
    vendorText: 'The signer has signed, and the send verification failed',
    message: 'The signature was recorded, but the verification that follows it could not be sent.',
    remedy:
      'Do not sign again; check the document status and resend the notification or verification separately.',
    retry: { action: 'check-status' },
    delivery: 'uncertain',
  },
  {
    code: '80',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_TEMPLATE_NAME',
    field: 'templateName',
    vendorText: 'The template name is invalid.',
    message: 'The template name is not acceptable.',
    remedy: 'Send a non-empty template name of plain characters.',
  },
  {
    code: '81',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_DOCUMENT_NUMBER',
    field: 'documentNumber',
    vendorText: 'Illegal document number, only allow letters, numbers and @_,-',
    message: 'The document number has characters SigningCloud does not allow.',
    remedy: 'Use only letters, digits and the characters @ _ , - in document numbers.',
  },
  {
    code: '82',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_USER_TYPE',
    field: 'userType',
    vendorText: 'Personal or business type error, matching numbers',
    message: 'The personal-or-business type is not one of the accepted numeric values.',
    remedy: 'Send the numeric type code SigningCloud defines for a person or a business.',
  },
  {
    code: '83',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_DOCUMENT_TYPE',
    field: 'documentType',
    vendorText: 'Bad document type, matching numbers',
    message: 'The document type is not one of the accepted numeric values.',
    remedy: 'Send the numeric document type code SigningCloud defines.',
  },
  {
    code: '84',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_NAME',
    field: 'name',
    vendorText: 'Wrong name, matching characters, letters, numbers, “.-_ @”',
    message: 'The name contains characters SigningCloud does not allow.',
    remedy: 'Keep names to letters, digits, spaces and the characters . - _ @.',
  },
  {
    code: '85',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_ID_TYPE',
    field: 'idType',
    vendorText: 'Bad ID number type',
    message: 'The identity document type is not an accepted value.',
    remedy: 'Send one of the identity document type values SigningCloud defines.',
  },
  {
    code: '86',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_PHONE_NUMBER',
    field: 'phoneNumber',
    vendorText: 'Incorrect phone number type',
    message: 'The phone number is not in an accepted form.',
    remedy: 'Send the mobile number as digits in the form the endpoint documents.',
  },
  {
    code: '87',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_IMAGE_DATA',
    vendorText: 'Invalid image data',
    message: 'An image in the request could not be read.',
    remedy: 'Send the image as valid base64 of a common image format, not truncated.',
  },
  {
    code: '88',
    kind: 'error',
    category: 'validation',
    reason: 'TEMPLATE_NOT_FOUND',
    vendorText: 'Template does not exist',
    message: 'No template matches the identifier in the request.',
    remedy: 'Check the template identifier.',
  },
  {
    // SigningCloud's own "try later": transient by definition.
    code: '89',
    kind: 'error',
    category: 'retryable',
    reason: 'SYSTEM_BUSY',
    vendorText: 'The system is busy',
    message: 'SigningCloud is overloaded and did not handle the request.',
    remedy: 'Retry with exponential backoff and jitter.',
  },
  {
    code: '90',
    kind: 'error',
    category: 'account',
    reason: 'LTV_NOT_SUPPORTED',
    vendorText: 'This account does not support LTV',
    message: 'Long-term validation is not enabled for this account.',
    remedy: 'Ask SigningCloud to enable LTV for the account, or sign without it.',
  },
  {
    // Read as the signature-validation check failing on a document: a verdict about the
    // document (tampered or untrusted), not a fault in the call. Upload problems have their
    // own codes (92, 93, 103).
    code: '91',
    kind: 'error',
    category: 'verification',
    reason: 'DOCUMENT_VALIDATION_FAILED',
    vendorText: 'Document validation failed',
    message: 'The document did not pass validation.',
    remedy:
      'Treat the document as not trustworthy; obtain the original from its source and validate that.',
  },
  {
    code: '92',
    kind: 'error',
    category: 'validation',
    reason: 'FILE_TYPE_MISMATCH',
    vendorText: 'File types do not match',
    message: 'The file content does not match the declared file type.',
    remedy: 'Declare the type that matches the file, or convert the file.',
  },
  {
    code: '93',
    kind: 'error',
    category: 'validation',
    reason: 'FILE_TOO_LARGE',
    vendorText: 'Upload file size too big',
    message: 'The uploaded file is larger than SigningCloud accepts.',
    remedy: 'Compress or split the file before uploading.',
  },
  {
    // The template waits for approval in SigningCloud; an administrator must review it.
    code: '94',
    kind: 'error',
    category: 'user-state',
    reason: 'TEMPLATE_NOT_REVIEWED',
    vendorText: 'Template unreview',
    message: 'The template has not been reviewed yet and cannot be used.',
    remedy: 'Have an administrator review and approve the template, then use it.',
  },
  {
    code: '95',
    kind: 'error',
    category: 'validation',
    reason: 'SIGNATURE_LOCATION_INVALID',
    vendorText: 'Location not set or occupied',
    message: 'The signature position is missing or overlaps one already placed.',
    remedy: 'Set a signature position that is free on the page.',
  },
  {
    // A state: the document is finished. Nothing to retry.
    code: '96',
    kind: 'error',
    category: 'user-state',
    reason: 'DOCUMENT_COMPLETED',
    vendorText: 'Document has been completed',
    message: 'The document is already complete and cannot be changed.',
    remedy: 'Treat the document as finished; start a new document for further changes.',
    retry: { action: 'none' },
  },
  {
    // The code timed out before use; only the user can request and enter a fresh one.
    code: '97',
    kind: 'error',
    category: 'verification',
    reason: 'VERIFICATION_CODE_EXPIRED',
    vendorText: 'Verification code expired',
    message: 'The one-time code timed out before the user entered it.',
    remedy: 'Send a new code and ask the user to enter it promptly.',
    retry: { action: 'user-action' },
  },
  {
    // Generic template failure, like 69.
    code: '98',
    kind: 'error',
    category: 'retryable',
    reason: 'TEMPLATE_FAILED',
    vendorText: 'Template failed',
    message: 'SigningCloud could not process the template.',
    remedy: 'Retry with backoff; check the template if it keeps failing.',
  },
  {
    code: '99',
    kind: 'error',
    category: 'account',
    reason: 'SMS_NOT_SUPPORTED',
    vendorText: 'Account does not support SMS',
    message: 'SMS is not enabled for this account.',
    remedy: 'Ask SigningCloud to enable SMS, or choose an approval method without SMS.',
  },
  {
    // The signer has no usable signing certificate; one must be issued first.
    code: '100',
    kind: 'error',
    category: 'user-state',
    reason: 'NO_VALID_CERTIFICATE',
    vendorText: 'No valid certificate exists',
    message: 'The signer has no valid signing certificate.',
    remedy: 'Issue a certificate for the signer (or renew the expired one), then sign.',
  },
  {
    // Issuance depends on the certificate authority; treated as transient. The first
    // attempt may have issued one, which a retry would then find.
    code: '101',
    kind: 'error',
    category: 'retryable',
    reason: 'CERTIFICATE_ISSUE_FAILED',
    vendorText: 'Certificate issue failed',
    message: 'SigningCloud could not issue the certificate.',
    remedy: 'Retry with backoff; contact SigningCloud if it keeps failing.',
  },
  {
    // Revocation is idempotent, so retrying is safe.
    code: '102',
    kind: 'error',
    category: 'retryable',
    reason: 'CERTIFICATE_REVOCATION_FAILED',
    vendorText: 'Certificate revocation failed',
    message: 'SigningCloud could not revoke the certificate.',
    remedy: 'Retry with backoff; contact SigningCloud if it keeps failing.',
  },
  {
    code: '103',
    kind: 'error',
    category: 'validation',
    reason: 'UNSUPPORTED_DOCUMENT_TYPE',
    vendorText: 'Please upload valid documents types',
    message: 'The uploaded file type is not supported.',
    remedy: 'Upload a supported file type, such as PDF.',
  },
  {
    code: '104',
    kind: 'error',
    category: 'validation',
    reason: 'SIGNATURE_SIZE_INVALID',
    vendorText: 'Signature or signature picture size is invalid',
    message: 'The signature or its image has dimensions SigningCloud does not accept.',
    remedy: 'Resize the signature image or the signature box to the accepted size.',
  },
  {
    code: '105',
    kind: 'error',
    category: 'account',
    reason: 'SMS_BALANCE_LOW',
    vendorText: 'Insufficient SMS account balance',
    message: 'The account has no SMS credit left.',
    remedy: 'Top up the SMS balance, or use an approval method without SMS.',
  },
  {
    // The request timestamp is part of what SigningCloud authenticates (replay protection).
    // Out of range almost always means the caller's clock is off, or a queued request was
    // sent late: an environment fault like a bad MAC, hence auth rather than validation.
    code: '106',
    kind: 'error',
    category: 'auth',
    reason: 'TIMESTAMP_ERROR',
    vendorText: 'Timestamp error',
    message: 'The request timestamp is missing or too far from SigningCloud time.',
    remedy:
      'Probably clock skew: sync the server clock (NTP), send the timestamp in the expected unit and time zone, and stamp each request when it is sent, not when it is queued.',
  },
  {
    // A state: the document is beyond reach. Nothing to retry.
    code: '107',
    kind: 'error',
    category: 'user-state',
    reason: 'DOCUMENT_SIGNED_AND_DELETED',
    vendorText: 'Document has been signed but deleted',
    message: 'The document was signed and later deleted.',
    remedy: 'Nothing can be done to this document; start a new one if needed.',
    retry: { action: 'none' },
  },
  {
    // Five failed OTPs lock further attempts: a state the signer cannot leave by typing
    // again; the flow must be restarted for them.
    code: '108',
    kind: 'error',
    category: 'user-state',
    reason: 'OTP_ATTEMPTS_EXHAUSTED',
    vendorText: 'Mobile OTP failed with maximum attempt (5 times)',
    message: 'The signer entered a wrong OTP five times and is locked out.',
    remedy: 'Stop prompting; the document creator must resend the signing request.',
  },
  {
    // A wrong OTP: the signer can type it again (until 108 locks them out).
    code: '109',
    kind: 'error',
    category: 'verification',
    reason: 'OTP_FAILED',
    vendorText: 'Mobile OTP authentication failed',
    message: 'The mobile OTP entered did not verify.',
    remedy: 'Ask the signer to enter the OTP again; five failures lock the request (108).',
    retry: { action: 'user-action' },
  },
  {
    // The overall eKYC verdict, without the landmark that failed: a final answer about the
    // person, not something to resubmit blindly.
    code: '110',
    kind: 'error',
    category: 'verification',
    reason: 'EKYC_FAILED',
    vendorText: 'EKYC is failed',
    message: 'The electronic identity verification did not pass.',
    remedy: 'Do not resubmit automatically; follow your policy for failed identity checks.',
  },
  {
    code: '111',
    kind: 'error',
    category: 'account',
    reason: 'CONTRACT_EXPIRED',
    vendorText: 'Contract expired',
    message: "The account's SigningCloud contract has expired.",
    remedy: 'Renew the contract with SigningCloud.',
  },
  {
    code: '112',
    kind: 'error',
    category: 'account',
    reason: 'STORAGE_QUOTA_EXCEEDED',
    vendorText: 'Diskspace exceed',
    message: 'The account has used up its storage.',
    remedy: 'Delete old documents or buy more storage.',
  },
  {
    // ECA and DSA are the two kinds of signature under Malaysian law (Electronic Commerce
    // Act, Digital Signature Act); SigningCloud will not put both on one document.
    code: '113',
    kind: 'error',
    category: 'validation',
    reason: 'ECA_DSA_MIXED',
    vendorText: 'Cannot apply ECA and DSA in a same document',
    message: 'One document cannot carry both ECA and DSA signatures.',
    remedy: 'Use one signature kind per document.',
  },
  {
    // The restriction comes from how the account bought DSA, but the fix is in the request:
    // use one DSA kind per document.
    code: '114',
    kind: 'error',
    category: 'validation',
    reason: 'DSA_KINDS_MIXED',
    vendorText:
      'Cannot apply different DSA in a same document if account holder purchased DSA based on number of legal document (only existing client in Version 1)',
    message: 'Accounts billed per legal document cannot mix DSA kinds within one document.',
    remedy: 'Use a single DSA kind in each document.',
  },
  {
    code: '115',
    kind: 'error',
    category: 'account',
    reason: 'NO_DSA_CREDIT',
    vendorText: 'No DSA credit',
    message: 'The account has used up its credit for DSA (certificate-based) signatures.',
    remedy: 'Buy more DSA credit.',
  },
  {
    code: '2001',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_ID_FRONT_IMAGE',
    field: 'frontImage',
    vendorText: 'Invalid base64 ID document front image',
    message: 'The front image of the identity document is not valid base64.',
    remedy: 'Send the front image as plain base64 (no data-URL prefix, no line breaks).',
  },
  {
    code: '2002',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_ID_FRONT_FLASH_IMAGE',
    field: 'frontFlashImage',
    vendorText: 'Invalid base64 ID document front flash image',
    message: 'The flash photo of the document front is not valid base64.',
    remedy: 'Send the flash image as plain base64 (no data-URL prefix, no line breaks).',
  },
  {
    code: '2003',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_ID_BACK_IMAGE',
    field: 'backImage',
    vendorText: 'Invalid base64 ID document back image',
    message: 'The back image of the identity document is not valid base64.',
    remedy: 'Send the back image as plain base64 (no data-URL prefix, no line breaks).',
  },
  {
    code: '2004',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_SELFIE_IMAGE',
    field: 'selfieImage',
    vendorText: 'Invalid selfie image',
    message: 'The selfie could not be read as an image.',
    remedy: 'Send the selfie as valid base64 of a common image format, not truncated.',
  },
  {
    // The images decoded (2001-2004 passed) but could not be processed: most likely their
    // content. A retry with the same images fails again and eKYC spends credit (2029), so
    // the user captures new ones.
    code: '2005',
    kind: 'error',
    category: 'validation',
    reason: 'EKYC_FILE_PROCESSING_FAILED',
    vendorText: 'File process failed',
    message: 'The eKYC images were received but could not be processed.',
    remedy:
      'Ask the user to capture the document and selfie again; report it if new captures fail.',
    retry: { action: 'user-action' },
  },
  {
    // Landmark analysis could not run on the capture; unlike the named landmark failures
    // below it points at no fraud sign, so a new capture is the way forward.
    code: '2006',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_ERROR',
    vendorText: 'Landmark error',
    message: 'The document security-feature analysis could not be completed.',
    remedy: 'Ask the user to capture the document again, flat and fully in frame.',
    retry: { action: 'user-action' },
  },
  {
    code: '2007',
    kind: 'error',
    category: 'validation',
    reason: 'INVALID_VALUE',
    vendorText: 'Invalid value',
    message: 'A value in the eKYC request is not accepted.',
    remedy: 'Check the eKYC request values (document type, country) against the reference.',
  },
  // 2008-2014: the text could not be read off the document. A sharper, glare-free capture
  // usually fixes that, so the end user captures again.
  {
    code: '2008',
    kind: 'error',
    category: 'verification',
    reason: 'FULL_NAME_UNREADABLE',
    vendorText: 'Unable to retrieve full name',
    message: 'The full name could not be read from the document.',
    remedy: 'Ask the user to capture the document again, sharp and without glare.',
    retry: { action: 'user-action' },
  },
  {
    code: '2009',
    kind: 'error',
    category: 'verification',
    reason: 'ID_NUMBER_UNREADABLE',
    vendorText: 'Unable to retrieve ID number',
    message: 'The identity number could not be read from the document.',
    remedy: 'Ask the user to capture the document again, sharp and without glare.',
    retry: { action: 'user-action' },
  },
  {
    code: '2010',
    kind: 'error',
    category: 'verification',
    reason: 'ADDRESS_UNREADABLE',
    vendorText: 'Unable to retrieve address',
    message: 'The address could not be read from the document.',
    remedy: 'Ask the user to capture the side showing the address again, sharp and without glare.',
    retry: { action: 'user-action' },
  },
  {
    code: '2011',
    kind: 'error',
    category: 'verification',
    reason: 'COUNTRY_CODE_UNREADABLE',
    vendorText: 'Unable to retrieve country code',
    message: 'The issuing country code could not be read from the document.',
    remedy: 'Ask the user to capture the document again, sharp and without glare.',
    retry: { action: 'user-action' },
  },
  {
    code: '2012',
    kind: 'error',
    category: 'verification',
    reason: 'COUNTRY_NAME_UNREADABLE',
    vendorText: 'Unable to retrieve country name',
    message: 'The issuing country name could not be read from the document.',
    remedy: 'Ask the user to capture the document again, sharp and without glare.',
    retry: { action: 'user-action' },
  },
  {
    code: '2013',
    kind: 'error',
    category: 'verification',
    reason: 'NATIONALITY_UNREADABLE',
    vendorText: 'Unable to retrieve nationality',
    message: 'The nationality could not be read from the document.',
    remedy: 'Ask the user to capture the document again, sharp and without glare.',
    retry: { action: 'user-action' },
  },
  {
    code: '2014',
    kind: 'error',
    category: 'verification',
    reason: 'GENDER_UNREADABLE',
    vendorText: 'Unable to retrieve gender',
    message: 'The gender could not be read from the document.',
    remedy: 'Ask the user to capture the document again, sharp and without glare.',
    retry: { action: 'user-action' },
  },
  {
    // A mismatch between the document and the registered identity: a typo in the
    // registration can be corrected, but a new photo will not change what the card says,
    // so nothing is retried as-is.
    code: '2015',
    kind: 'error',
    category: 'verification',
    reason: 'NAME_MISMATCH',
    vendorText: 'Retrieve full name and registered full name does not match',
    message: 'The name on the document differs from the name registered for the user.',
    remedy:
      'Compare the registered name with the document; correct a genuine typo and start a new check, otherwise treat it as failed.',
  },
  // 2016-2025: the document's security features (landmarks). Colour mode, microprint,
  // hologram, substituted photo, ghost photo, screen capture and font point at a copy or a
  // forgery: the verdict stands (action none). Brightness and blur are capture quality: the
  // user captures again (user-action).
  {
    code: '2016',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_COLOR_MODE',
    vendorText: 'Landmark failed on color mode',
    message: 'The document failed the colour check; it may be a grey-scale copy.',
    remedy: 'Treat as a failed document check; require the original document, not a copy.',
  },
  {
    code: '2017',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_MICROPRINT',
    vendorText: 'Landmark failed on microprint',
    message: "The document's microprint did not check out.",
    remedy: 'Treat as a failed document check; route to manual review if your policy allows.',
  },
  {
    code: '2018',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_HOLOGRAM',
    vendorText: 'Landmark failed on hologram',
    message: "The document's hologram did not check out.",
    remedy: 'Treat as a failed document check; route to manual review if your policy allows.',
  },
  {
    code: '2019',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_PHOTO_SUBSTITUTION',
    vendorText: 'Landmark failed on substitution image',
    message: 'The portrait on the document appears to have been replaced.',
    remedy: 'Treat as a suspected forgery; do not let the user simply try again.',
  },
  {
    code: '2020',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_GHOST_PHOTO',
    vendorText: 'Landmark failed on ghost photo detection',
    message: 'The secondary (ghost) portrait on the document did not check out.',
    remedy: 'Treat as a suspected forgery; do not let the user simply try again.',
  },
  {
    code: '2021',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_SCREEN',
    vendorText: 'Landmark failed on screen',
    message: 'The document appears to have been photographed from a screen.',
    remedy: 'Treat as a failed check; require a photo of the physical document.',
  },
  {
    code: '2022',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_ID_BRIGHTNESS',
    vendorText: 'Landmark failed on ID brightness',
    message: 'The document photo is too dark or too bright to check.',
    remedy: 'Ask the user to capture the document again in even light, without glare.',
    retry: { action: 'user-action' },
  },
  {
    code: '2023',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_FACE_BRIGHTNESS',
    vendorText: 'Landmark failed on face brightness',
    message: 'The face photo is too dark or too bright to check.',
    remedy: 'Ask the user to take the selfie again facing a light source.',
    retry: { action: 'user-action' },
  },
  {
    code: '2024',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_FONT',
    vendorText: 'Landmark failed on font',
    message: 'The typeface on the document does not match the genuine document.',
    remedy: 'Treat as a suspected forgery; do not let the user simply try again.',
  },
  {
    code: '2025',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARK_ID_BLURRY',
    vendorText: 'Landmark failed on ID blurriness',
    message: 'The document photo is too blurry to check.',
    remedy: 'Ask the user to hold still and capture the document again in focus.',
    retry: { action: 'user-action' },
  },
  {
    code: '2026',
    kind: 'error',
    category: 'validation',
    reason: 'IMAGE_TOO_LARGE',
    vendorText: 'Image size exceeded',
    message: 'An eKYC image is larger than SigningCloud accepts.',
    remedy: 'Downscale or compress the images before sending them.',
  },
  {
    // No landmark result was produced for the capture (nothing recognisable to analyse).
    // A new capture gives the analysis something to work on.
    code: '2027',
    kind: 'error',
    category: 'verification',
    reason: 'LANDMARKS_EMPTY',
    vendorText: 'Landmarks record empty',
    message: 'The analysis produced no security-feature results for the document.',
    remedy: 'Ask the user to capture the whole document again, flat and fully in frame.',
    retry: { action: 'user-action' },
  },
  {
    code: '2028',
    kind: 'error',
    category: 'validation',
    reason: 'WRONG_DOCUMENT_TYPE',
    vendorText: 'Wrong document type',
    message: 'The document pictured is not of the type the request declares.',
    remedy: 'Declare the right document type, or ask the user to capture the declared document.',
  },
  {
    code: '2029',
    kind: 'error',
    category: 'account',
    reason: 'EKYC_CREDIT_EXHAUSTED',
    vendorText: 'eKYC credit is 0',
    message: 'The account has no eKYC credit left.',
    remedy: 'Buy more eKYC credit.',
  },
] as const satisfies readonly EntrySpec[];

/**
 * A SigningCloud return code from the catalog, as a string (`'0'`, `'6'`, `'2029'`). The
 * vendor sends it as a number (sometimes a numeric string) in `result`.
 */
export type SigningCloudCode = (typeof SIGNINGCLOUD_CATALOG)[number]['code'];
