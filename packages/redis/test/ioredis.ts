// The fleet workers (test/fleet) import ioredis through here: the repository root does not
// depend on it, this package does (as a dev dependency).
export { Redis } from 'ioredis';
