// Writes the production manifest from manifest.xml: the development host (https://localhost:3000/)
// becomes the production host, and <Version> becomes package.json's version.
//
// Why the version: Excel caches an add-in's custom functions metadata (functions.json) and script;
// Microsoft's troubleshooting page says changes to them "may take up to 24 hours to reach your end
// users" unless the cache is cleared, and "whenever you make a change to the manifest … you must raise
// the version number of the manifest" (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-troubleshooting,
// learn.microsoft.com/office/dev/add-ins/publish/maintain-breaking-changes). A release that bumps
// package.json therefore ships a manifest with a new <Version>, which makes Office re-read the add-in.
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

/**
 * package.json's "1.2.3" as the manifest's four-part "1.2.3.0" (the schema's Version type allows up to
 * four numbers of at most five digits). A pre-release ("1.2.3-beta.1") is refused: it has no four-part
 * form that is both different from and lower than the release that follows it.
 */
function manifestVersion(version) {
  const m = /^(\d{1,5})\.(\d{1,5})\.(\d{1,5})$/.exec(String(version));
  if (!m)
    throw new Error(
      `package.json 的 version 必须是 主.次.修订 三个数字 / package.json's version must be MAJOR.MINOR.PATCH (numbers only): ${version}`,
    );
  return `${Number(m[1])}.${Number(m[2])}.${Number(m[3])}.0`;
}

function rewriteManifestHost(xml, host) {
  const target = normaliseHost(host);
  const origin = new URL(target).origin;
  return xml
    .split(DEV_HOST)
    .join(target)
    .replace("<AppDomain>https://localhost:3000</AppDomain>", `<AppDomain>${origin}</AppDomain>`);
}

/** The manifest the build writes: production host and package.json's version. */
function buildManifest(xml, { host, version }) {
  const out = rewriteManifestHost(xml, host);
  if (!/<Version>[^<]*<\/Version>/.test(out)) throw new Error("manifest.xml has no <Version>");
  return out.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

module.exports = { DEV_HOST, normaliseHost, rewriteManifestHost, manifestVersion, buildManifest };
