// What travels between the processes (gateway, subgraphs, console, clients):
// header names, error codes and the shapes of JSON they exchange. Nothing here
// may import a value from outside this folder: the console bundles it.
export * from './consoleConfig';
export * from './disclosureReport';
export * from './errorCode';
export * from './headers';
export * from './searchCriteria';
