/**
 * DocuSign's account window for API calls: an hour, refreshed at the top of each hour
 * (https://developers.docusign.com/platform/resource-limits/; eSignature "Rules and resource
 * limits", "Request limits"). Also the longest a per-envelope hourly limit can last.
 */
export const DOCUSIGN_HOUR_MS = 60 * 60 * 1000;

/**
 * DocuSign's burst window: 30 seconds (200 calls in the developer environment, 500 in
 * production, per account; and a burst limit per envelope), the same pages.
 */
export const DOCUSIGN_BURST_WINDOW_MS = 30 * 1000;
