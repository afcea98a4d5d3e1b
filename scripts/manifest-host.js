// Rewrites the development host (https://localhost:3000/) of manifest.xml to the production host.
const DEV_HOST = "https://localhost:3000/";

/** The host as a normalised https URL ending in "/"; throws a clear error for anything else. */
function normaliseHost(host) {
  let url;
  try {
    url = new URL(host);
  } catch {
    throw new Error(`DUIBIAO_HOST 不是有效网址 / DUIBIAO_HOST is not a URL: ${host}`);
  }
  if (url.protocol !== "https:" && url.hostname !== "localhost")
    throw new Error(
      `DUIBIAO_HOST 必须使用 https / DUIBIAO_HOST must use https (Office loads add-ins only over https): ${host}`,
    );
  const s = url.toString();
  return s.endsWith("/") ? s : s + "/";
}

function rewriteManifestHost(xml, host) {
  const target = normaliseHost(host);
  const origin = new URL(target).origin;
  return xml
    .split(DEV_HOST)
    .join(target)
    .replace("<AppDomain>https://localhost:3000</AppDomain>", `<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_HOST, normaliseHost, rewriteManifestHost };
