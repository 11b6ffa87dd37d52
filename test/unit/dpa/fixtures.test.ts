import { join } from 'node:path';
import { describeFamilyFixtures } from './fixtureSuite';

describeFamilyFixtures('dpa', join(__dirname, '../../fixtures/dpa'));
