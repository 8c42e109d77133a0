export * from './issue';
export * from './format';
export { messagesZhCN, type MessageCode } from './messages.zh-CN';
