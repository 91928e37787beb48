// What content pages may use; they hold prose and these components, nothing else.
export { default as BaseUrl } from './BaseUrl.astro';
export { default as CallbackDelivery } from './CallbackDelivery.astro';
export { default as CallbackExample } from './CallbackExample.astro';
export { default as CodeSamples } from './CodeSamples.astro';
export { default as Endpoint } from './Endpoint.astro';
export { default as ErrorCatalog } from './ErrorCatalog.astro';
export { default as ObjectSection } from './ObjectSection.astro';
export { default as LegacyAnchors } from './LegacyAnchors.astro';
export { default as OpenApiLink } from './OpenApiLink.astro';
export { default as OpenApiClients } from './OpenApiClients.astro';
export { default as TaskLifecycle } from './TaskLifecycle.astro';
export { default as TestKey } from './TestKey.astro';
export { default as SandboxAddress } from './SandboxAddress.astro';
export { default as SandboxServerSamples } from './SandboxServerSamples.astro';
export { default as FaultHeader } from './FaultHeader.astro';
export { default as SandboxLimit } from './SandboxLimit.astro';
