import Fastify from 'fastify';

// Baseline for the HTTP benchmark: the smallest Fastify app on this machine.
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`LISTENING ${address}`);
