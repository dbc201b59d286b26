import type { z } from 'zod';
import { appContract } from './app';
import { mergeContracts } from './define';
import { systemContract, vaultContract } from './vault';
import { journalContract } from './journal';
import { partnerContract } from './partner';
import { conversationsContract } from './conversations';
import { progressContract } from './progress';
import { dataContract } from './data';

export const contract = mergeContracts(appContract, vaultContract, systemContract, journalContract, partnerContract, conversationsContract, progressContract, dataContract);

export type Contract = typeof contract;
export type ChannelName = keyof Contract & string;
export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ChannelName> = z.output<Contract[K]['output']>;

/** What the core implements: one async function per channel, given already-parsed input. */
export type Handlers = { [K in ChannelName]: (input: ParsedInputOf<K>) => Promise<OutputOf<K>> };

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export * from './app';
export * from './vault';
export * from './journal';
export * from './partner';
export * from './conversations';
export * from './progress';
export * from './data';
export { channel, mergeContracts, CHANNEL_NAME } from './define';
