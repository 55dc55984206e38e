// The API reference, rendered from the server's own OpenAPI document (no external viewer, no CDN).
import { el } from "./render.js";

function resolve(spec, schema) {
  if (schema && schema.$ref) return spec.components.schemas[schema.$ref.split("/").pop()];
  return schema;
}

function requestBody(spec, body) {
  if (!body) return null;
  return Object.entries(body.content).map(([type, media]) => el("div", {},
    el("h3", {}, `Begäran: ${type}`),
    el("pre", { tabindex: "0" }, JSON.stringify(resolve(spec, media.schema), null, 2))));
}

function responses(list) {
  return el("dl", { class: "responses" }, Object.entries(list).flatMap(([code, answer]) => [
    el("dt", {}, code), el("dd", {}, answer.description || "")]));
}

async function start() {
  const spec = await (await fetch("/openapi.json")).json();
  const main = document.getElementById("endpoints");
  main.append(el("p", {}, `${spec.info.title} ${spec.info.version}. ${spec.info.description || ""}`));
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      main.append(el("section", { class: "endpoint" },
        el("h2", {}, el("code", {}, `${method.toUpperCase()} ${path}`), ` – ${op.summary || ""}`),
        el("p", {}, op.description || ""),
        requestBody(spec, op.requestBody),
        el("h3", {}, "Svar"),
        responses(op.responses || {})));
    }
  }
}

start();
