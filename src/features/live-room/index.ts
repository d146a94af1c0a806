/** What other features may use of the live room: its public entry. */
export { LiveRoom, type LiveRoomProps } from './components/live-room';
export type { RoomPerson } from './api/use-host-room';
export type { RoomSetup, RoomScore, RoomDots } from './model/answers';
