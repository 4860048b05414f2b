// ask-sdk-model as the Lambda bundle sees it (scripts/bundle.mjs): the real module (61 KB, Alexa's service
// clients) is a file beside the bundle, ask-sdk-model.js, loaded by the first turn that touches a value of it.
// ask-sdk-core's CustomSkill reads services.ServiceClientFactory when it loads, so that one name is a stand-in
// that loads the real class when first constructed (alexaServicesInterceptor does, for a turn that calls an
// Alexa API; CustomSkill never does: the skill is built without withApiClient). Any other name loads it on read.
'use strict';

let model;
const load = () => (model ??= require('./ask-sdk-model.js'));

class ServiceClientFactory {
  constructor(configuration) {
    return new (load().services.ServiceClientFactory)(configuration);
  }
}

const services = new Proxy(
  {},
  { get: (_, name) => (name === 'ServiceClientFactory' ? ServiceClientFactory : load().services[name]) },
);

module.exports = {
  services,
  createUserAgent: (...args) => load().createUserAgent(...args),
};
