// Small DOM helpers. Text always goes in through textContent, never innerHTML: nothing the API or the URL says
// is ever parsed as HTML.

/** An element with attributes (strings; false/undefined leave the attribute out) and children (nodes or text). */
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) {
      node.setAttribute(name, '');
    } else if (value !== false && value !== undefined && value !== null) {
      node.setAttribute(name, String(value));
    }
  }
  for (const child of children) {
    if (child !== undefined && child !== null && child !== '') {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

export function byId(id) {
  return document.getElementById(id);
}

/** Calls action once the calls have paused for delay milliseconds. */
export function debounce(action, delay) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), delay);
  };
}

/** Starts a download of text as a file, without a server round trip. */
export function download(fileName, mediaType, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = element('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The messages of an RFC 9457 problem document, or of a response that is not one. */
export function problemMessages(problem, status) {
  if (problem && Array.isArray(problem.errors) && problem.errors.length > 0) {
    return problem.errors.map((error) => `${error.field}: ${error.message}`);
  }
  if (problem && problem.detail) {
    return [problem.detail];
  }
  return [`The server answered ${status}.`];
}
