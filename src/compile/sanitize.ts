import sanitizeHtml from 'sanitize-html';

/**
 * The only HTML that may reach a page. Applied to everything marked renders, as a second
 * line of defence after the renderer itself drops raw HTML and unsafe links: scripts,
 * event attributes, `javascript:` URLs, styles and images never survive.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], ol: ['start'], th: ['align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Links open in a new tab: an agent mid-call must never navigate away from the console.
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer', target: '_blank' }) },
};

export function sanitize(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

const SAFE_URL = /^(https?:|mailto:|tel:|#|\/(?!\/))/i;

/** True for URLs a link may point to; everything else (javascript:, data:, vbscript:, //host) is dropped. */
export function isSafeUrl(href: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  return SAFE_URL.test(href.replace(/[\u0000-\u0020]/g, ''));
}
