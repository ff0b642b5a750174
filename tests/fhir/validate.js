#!/usr/bin/env node
// Offline FHIR R4 XML validator for the IZP tests:  node validate.js [-v] FILE...
//
// Each FILE must hold one FHIR R4 resource in XML, of any type, a Bundle too.
// It is checked in three steps:
//  1. XML (saxes): well-formed, root element in the namespace
//     http://hl7.org/fhir, so every element but the narrative div (XHTML);
//  2. structure, against the R4 definitions the `fhir` package ships: no
//     unknown element, elements in the R4 order, no repeat of a single
//     element, no empty element or empty value="" (the package itself skips
//     all of these silently when it reads XML);
//  3. the `fhir` package's validate(): cardinality (missing required elements),
//     codes of required bindings, some primitive formats, reference target types,
//     in contained and Bundle entry resources too.
// README.md beside this file says what is not checked.
// Prints each file's errors (and warnings with -v).  Exits 1 if a file has an
// error, 2 on a usage or I/O error, 0 otherwise.
'use strict';
const fs = require('fs');
const { SaxesParser } = require('saxes');
const { Fhir } = require('fhir');

const FHIR_NS = 'http://hl7.org/fhir';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const fhir = new Fhir(); // reads the R4 definitions once (about 0.15 s)
const types = fhir.parser.parsedStructureDefinitions;
const EXTENSION = [{ _name: 'extension', _type: 'Extension', _multiple: true }];

// Parses xml into {name, attrs, line, children}; throws if it is not
// well-formed or an element is in the wrong namespace.  `root` is the text of
// the root element alone when comments or processing instructions stand
// around it, which the fhir package cannot read.
function parse(xml) {
  const parser = new SaxesParser({ xmlns: true });
  const stack = [{ children: [] }];
  let start = 0, end = 0, outside = false;
  parser.on('opentagstart', () => { if (stack.length === 1) start = xml.lastIndexOf('<', parser.position - 1); });
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    const isDiv = tag.local === 'div' && stack.length > 1;
    if (parent.inDiv || (isDiv && tag.uri === XHTML_NS)) {
      stack.push({ inDiv: true, children: [] });
      if (!parent.inDiv) parent.children.push({ name: 'div', attrs: {}, line: parser.line, children: [] });
      return;
    }
    const want = isDiv ? XHTML_NS : FHIR_NS;
    if (tag.uri !== want) throw new Error(`line ${parser.line}: <${tag.name}> is not in namespace ${want}`);
    if (tag.prefix) throw new Error(`line ${parser.line}: <${tag.name}>: the fhir package reads FHIR elements only without a prefix`);
    const attrs = {};
    for (const a of Object.values(tag.attributes)) attrs[a.local] = a.value;
    const node = { name: tag.local, attrs, line: parser.line, children: [] };
    parent.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => { stack.pop(); if (stack.length === 1) end = parser.position; });
  const mark = () => { if (stack.length === 1) outside = true; };
  parser.on('comment', mark);
  parser.on('processinginstruction', mark);
  parser.on('doctype', mark);
  parser.on('error', (e) => { throw e; });
  parser.write(xml).close();
  return { tree: stack[0].children[0], root: outside ? xml.slice(start, end) : xml };
}

// Checks the elements of `node` against the R4 properties `props`.
function walk(node, props, path, isResource, errors) {
  const at = (n) => `line ${n.line}: ${path}/${n.name}`;
  let last = -1;
  for (const child of node.children) {
    const i = props.findIndex((p) => p._name === child.name && !p._name.startsWith('_') &&
      !(p._name === 'id' && !isResource) && !(p._name === 'url' && props === types.Extension._properties));
    const p = props[i];
    if (!p) { errors.push(`${at(child)}: unknown element here`); continue; }
    if (i < last) errors.push(`${at(child)}: out of order (R4 wants it before ${props[last]._name})`);
    else if ((i === last && !p._multiple) || (last >= 0 && p._choice && p._choice === props[last]._choice && i !== last)) {
      errors.push(`${at(child)}: a second ${p._choice ? p._choice + '[x]' : child.name} where only one is allowed`);
    }
    last = Math.max(last, i);
    if (child.name === 'div') continue; // XHTML: the fhir package checks only that it is there
    if ('value' in child.attrs && child.attrs.value === '') errors.push(`${at(child)}: empty value=""`);
    else if (!child.attrs.value && child.children.length === 0) errors.push(`${at(child)}: empty element`);
    if (p._type === 'Extension' && !child.attrs.url) errors.push(`${at(child)}: no url`);
    const type = p._type;
    let sub = type === 'BackboneElement' || type === 'Element' ? p._properties : undefined;
    if (type.startsWith('#')) { // a reference to another element's definition, e.g. #Consent.provision
      const [res, ...steps] = type.slice(1).split('.');
      sub = steps.reduce((ps, s) => ps.find((q) => q._name === s)._properties, types[res]._properties);
    } else if (type === 'Resource') {
      const [inner, ...more] = child.children;
      if (!inner || !types[inner.name] || more.length) { errors.push(`${at(child)}: must hold one resource`); continue; }
      walk(inner, types[inner.name]._properties, `${path}/${child.name}/${inner.name}`, true, errors);
      continue;
    } else if (/^[a-z]/.test(type)) { // a primitive: value="..." and extensions
      sub = EXTENSION;
    } else if (!sub) {
      sub = types[type]._properties;
    }
    if (child.attrs.value && sub !== EXTENSION) errors.push(`${at(child)}: a value attribute, but it is not a primitive`);
    walk(child, sub, `${path}/${child.name}`, false, errors);
  }
}

// Returns the list of {severity, text} found in one XML document.
function check(xml) {
  let doc;
  try {
    doc = parse(xml);
  } catch (e) {
    return [{ severity: 'error', text: 'not FHIR XML: ' + e.message.split('\n')[0] }];
  }
  if (!types[doc.tree.name]) return [{ severity: 'error', text: `<${doc.tree.name}> is not an R4 resource type` }];
  const errors = [];
  walk(doc.tree, types[doc.tree.name]._properties, doc.tree.name, true, errors);
  const found = errors.map((text) => ({ severity: 'error', text }));
  try {
    for (const m of fhir.validate(doc.root).messages) {
      const where = m.resourceId === '#initial' ? m.location : `${m.location} (id ${m.resourceId})`;
      found.push({ severity: m.severity === 'fatal' ? 'error' : m.severity, text: `${where}: ${m.message}` });
    }
  } catch (e) {
    // It throws on integers, decimals and booleans it cannot read, e.g. <active value="yes"/>.
    found.push({ severity: 'error', text: 'fhir package cannot read it: ' + e.message.split('\n')[0] });
  }
  return found;
}

const args = process.argv.slice(2);
const verbose = args[0] === '-v';
const files = verbose ? args.slice(1) : args;
if (files.length === 0 || files.some((f) => f.startsWith('-'))) {
  console.error('usage: node validate.js [-v] FILE...');
  process.exit(2);
}
let status = 0;
for (const file of files) {
  let xml;
  try {
    xml = fs.readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    status = 2;
    continue;
  }
  const found = check(xml);
  const errors = found.filter((m) => m.severity === 'error');
  console.log(`${errors.length ? 'FAIL' : 'ok  '} ${file}`);
  for (const m of found) {
    if (m.severity === 'error' || (verbose && m.severity === 'warning')) console.log(`  ${m.severity}: ${m.text}`);
  }
  if (errors.length && status === 0) status = 1;
}
process.exit(status);
