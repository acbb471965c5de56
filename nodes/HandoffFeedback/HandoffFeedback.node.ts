import { VersionedNodeType } from 'n8n-workflow';
import { HandoffFeedbackV1 } from './v1/HandoffFeedbackV1.node';

/** The versioned node. A shipped version is frozen: changes go into a new `v2/` folder. */
export class HandoffFeedback extends VersionedNodeType {
  constructor() {
    const v1 = new HandoffFeedbackV1();
    const { displayName, name, icon, group, description } = v1.description;
    super({ 1: v1 }, { displayName, name, icon, group, description, defaultVersion: 1 });
  }
}
