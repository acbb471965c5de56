import { VersionedNodeType } from 'n8n-workflow';
import { HandoffSummarizeV1 } from './v1/HandoffSummarizeV1.node';

/** The versioned node. A shipped version is frozen: changes go into a new `v2/` folder. */
export class HandoffSummarize extends VersionedNodeType {
  constructor() {
    const v1 = new HandoffSummarizeV1();
    const { displayName, name, icon, group, description } = v1.description;
    super({ 1: v1 }, { displayName, name, icon, group, description, defaultVersion: 1 });
  }
}
