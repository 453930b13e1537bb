/**
 * esbuild plugin: the world-countries package ships every country with translations, currencies
 * and more (about 1.4 MB of JSON); the core reads a few fields. Bundles just those fields.
 * Used by esbuild.js (the extension, worker and CLI bundles) and by the benchmark.
 */
module.exports = {
  name: 'slim-world-countries',
  setup(build) {
    build.onLoad({ filter: /[\\/]world-countries[\\/]index\.(c|m)?js$/ }, (args) => {
      const slim = require('world-countries').map((c) => ({
        name: { common: c.name.common, official: c.name.official },
        cca2: c.cca2,
        cca3: c.cca3,
        flag: c.flag,
        capital: c.capital,
        region: c.region,
        subregion: c.subregion,
        altSpellings: c.altSpellings,
        demonyms: c.demonyms && c.demonyms.eng ? { eng: c.demonyms.eng } : undefined,
        independent: c.independent,
      }));
      const json = JSON.stringify(slim);
      return { contents: args.path.endsWith('.mjs') ? `export default ${json};` : `module.exports = ${json};`, loader: 'js' };
    });
  },
};
