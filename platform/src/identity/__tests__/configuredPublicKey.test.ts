import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

import { importPublicKeyFromConfig } from '../configuredPublicKey';

const ed25519 = generateKeyPairSync('ed25519');
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

const pem = (key: {
  export(options: { type: 'spki'; format: 'pem' }): string | Buffer;
}) => key.export({ type: 'spki', format: 'pem' }).toString();
const jwkText = (key: typeof ed25519.publicKey, extra: object = {}) =>
  JSON.stringify({ ...key.export({ format: 'jwk' }), ...extra });

async function expectVerifies(
  text: string,
  algorithm: string,
  privateKey: typeof ed25519.privateKey,
) {
  const configured = await importPublicKeyFromConfig(text);
  expect(configured.algorithm).toBe(algorithm);
  const token = await new SignJWT({ sub: 'x' })
    .setProtectedHeader({ alg: algorithm })
    .sign(privateKey);
  await expect(jwtVerify(token, configured.key)).resolves.toMatchObject({
    payload: { sub: 'x' },
  });
}

describe('importPublicKeyFromConfig', () => {
  it('imports an Ed25519 PEM public key for EdDSA', async () => {
    await expectVerifies(pem(ed25519.publicKey), 'EdDSA', ed25519.privateKey);
  });

  it('accepts a PEM whose newlines arrived escaped, as in an environment variable', async () => {
    await expectVerifies(
      pem(ed25519.publicKey).replace(/\n/g, '\\n'),
      'EdDSA',
      ed25519.privateKey,
    );
  });

  it('imports a P-256 JSON Web Key for ES256', async () => {
    await expectVerifies(jwkText(p256.publicKey), 'ES256', p256.privateKey);
  });

  it('imports an RSA PEM public key for RS256', async () => {
    await expectVerifies(pem(rsa.publicKey), 'RS256', rsa.privateKey);
  });

  it('honours a JSON Web Key that narrows RSA to PS256', async () => {
    await expectVerifies(
      jwkText(rsa.publicKey, { alg: 'PS256' }),
      'PS256',
      rsa.privateKey,
    );
  });

  it.each([
    [
      'a PEM private key',
      () =>
        ed25519.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      /must be a "PUBLIC KEY"/,
    ],
    [
      'a private JSON Web Key',
      () => JSON.stringify(ed25519.privateKey.export({ format: 'jwk' })),
      /not a private key or a secret/,
    ],
    [
      'a shared secret',
      () => JSON.stringify({ kty: 'oct', k: 'c2VjcmV0' }),
      /not a private key or a secret/,
    ],
    ['a key set', () => JSON.stringify({ keys: [] }), /a key set was given/],
    [
      'an HMAC alg on an RSA key',
      () => jwkText(rsa.publicKey, { alg: 'HS256' }),
      /alg "HS256" is not accepted/,
    ],
    [
      'alg none',
      () => jwkText(ed25519.publicKey, { alg: 'none' }),
      /alg "none" is not accepted/,
    ],
    [
      'an ES256 alg on an Ed25519 key',
      () => jwkText(ed25519.publicKey, { alg: 'ES256' }),
      /does not suit its key type/,
    ],
    [
      'a 1024-bit RSA key',
      () => pem(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey),
      /at least 2048 bits/,
    ],
    [
      'a secp256k1 key',
      () =>
        pem(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey),
      /unsupported elliptic curve/,
    ],
    [
      'a damaged PEM',
      () => '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----',
      /could not be read/,
    ],
    ['broken JSON', () => '{"kty":', /does not parse/],
    [
      'plain text',
      () => 'not a key',
      /PEM "PUBLIC KEY" block or a JSON Web Key/,
    ],
  ])('refuses %s', async (_label, text, message) => {
    await expect(importPublicKeyFromConfig(text())).rejects.toThrow(message);
  });
});
