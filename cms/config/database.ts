import path from 'path';
import { databaseSettings } from './database-settings';

export default ({ env }) => databaseSettings(env, path.join(__dirname, '..', '..'));
